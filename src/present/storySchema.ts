/**
 * A presenter story: a titled, ordered list of slides, each a saved view of the map (camera,
 * layers, filters, highlighted features) with a caption whose facts are cited to seed lines and
 * the speaker's notes. Stories are files under geodata/stories/, listed in catalog.json, and
 * checked by `npm run validate` with this schema and `storyReferenceProblems`.
 */
import { z } from 'zod';
import { insideWenzhou } from '../data/wenzhouBounds';
import { bi, biFix } from '../data/validate/text';
import { PROJECT_CATEGORY, PROJECT_STATUSES, RAIL_STATUS, ZONE, type ProjectCategory, type RailStatus, type Zone } from '../domain/vocabulary';

const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const slug = z.string().regex(/^[a-z0-9-]+$/, { message: bi('id 用小写字母和数字，以 "-" 连接', 'ids are lower-case words joined by "-"') });
const lines = z.string().regex(/^L\d+(-L\d+)?(,L\d+(-L\d+)?)*$/, { message: biFix('行号写法不对', '写作 L793 或 L793-L795（多段用逗号）', 'bad line range', 'write L793 or L793-L795 (several joined by commas)') });

/** Where a caption's facts are stated: a seed file and its lines, or a registered dataset. */
export const citation = z.strictObject({ doc: z.string().min(1), lines: lines.optional() });

export const storyCamera = z.strictObject({
  center: z.tuple([z.number(), z.number()]).refine((c) => insideWenzhou(c), { message: biFix('镜头中心不在温州', '写 WGS-84 的 [经度, 纬度]', 'camera centre outside Wenzhou', 'write [lng, lat] in WGS-84') }),
  zoom: z.number().min(6).max(18),
  bearing: z.number().min(-180).max(180).default(0),
  pitch: z.number().min(0).max(60).default(0),
});

const range = z.tuple([z.number(), z.number()]).refine(([a, b]) => a <= b, { message: bi('范围的起点大于终点', 'the range starts after it ends') });

/** The filters a slide sets; anything left out is "no restriction". */
export const slideFiltersSchema = z.strictObject({
  projects: z
    .strictObject({
      categories: z.array(z.enum(Object.keys(PROJECT_CATEGORY) as [ProjectCategory, ...ProjectCategory[]])),
      statuses: z.array(z.enum(PROJECT_STATUSES)),
      counties: z.array(z.string().regex(/^3303\d\d$/, { message: biFix('县级代码不对', '写温州的六位县级代码，如 330302', 'bad county code', 'write a six-digit Wenzhou county code such as 330302') })),
      zones: z.array(z.enum(Object.keys(ZONE) as [Zone, ...Zone[]])),
      years: range,
    })
    .partial()
    .optional(),
  rail: z.strictObject({ lines: z.array(z.string().min(1)), statuses: z.array(z.enum(Object.keys(RAIL_STATUS) as [RailStatus, ...RailStatus[]])) }).partial().optional(),
});
export type SlideFilters = z.infer<typeof slideFiltersSchema>;

/** One side of a swipe compare: its own label, and layers / filters that replace the slide's. */
const compareSide = z.strictObject({
  label: localized,
  layers: z.array(slug).min(1).optional(),
  filters: slideFiltersSchema.optional(),
});
export type CompareSide = z.infer<typeof compareSide>;

export const slideSchema = z.strictObject({
  id: slug,
  title: localized,
  /** A few lines on the screen; every fact in it is cited in `sources`. */
  caption: localized,
  /** For the presenter only (the PowerPoint notes page), never on the screen. */
  notes: localized,
  sources: z.array(citation).min(1, { message: biFix('字幕的事实须注明出处', '在 sources 中写 {"doc": 文件, "lines": "L…"}', "the caption's facts need a source", 'add {"doc": file, "lines": "L…"} to sources') }),
  camera: storyCamera,
  /** Visible layer ids, drawn in catalog order. */
  layers: z.array(slug).min(1),
  opacity: z.record(z.string(), z.number().min(0).max(1)).default({}),
  filters: slideFiltersSchema.default({}),
  highlight: z.array(z.strictObject({ layer: slug, id: z.string().min(1) })).default([]),
  /** Years the timeline shows on this slide: projects appear as their start year passes. */
  years: range.optional(),
  /** Opens the slide as a swipe compare: left and right maps at the slide's camera. */
  compare: z.strictObject({ left: compareSide, right: compareSide }).optional(),
});
export type Slide = z.infer<typeof slideSchema>;

export const storySchema = z
  .strictObject({
    id: slug,
    title: localized,
    slides: z.array(slideSchema).min(1),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.slides.forEach((slide, i) => {
      if (seen.has(slide.id)) ctx.addIssue({ code: 'custom', path: ['slides', i, 'id'], message: biFix(`幻灯片 id“${slide.id}”重复`, '每张幻灯片用不同的 id', `slide id "${slide.id}" is used twice`, 'give each slide its own id') });
      seen.add(slide.id);
    });
  });
export type Story = z.infer<typeof storySchema>;
