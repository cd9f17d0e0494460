/** MapLibre's own control labels (zoom buttons, compass, full screen, scale, credits) per UI language. */
import type { Lang } from '../layers/theme';

export const MAP_LOCALES: Record<Lang, Record<string, string>> = {
  zh: {
    'AttributionControl.ToggleAttribution': '数据来源与版权',
    'AttributionControl.MapFeedback': '地图反馈',
    'FullscreenControl.Enter': '全屏',
    'FullscreenControl.Exit': '退出全屏',
    'Map.Title': '地图',
    'NavigationControl.ResetBearing': '重置方向（指北）',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'HomeControl.Title': '显示全市',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Sources and credits',
    'AttributionControl.MapFeedback': 'Map feedback',
    'FullscreenControl.Enter': 'Enter full screen',
    'FullscreenControl.Exit': 'Exit full screen',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'HomeControl.Title': 'Show the whole city',
  },
};
