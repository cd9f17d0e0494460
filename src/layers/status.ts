/** How each planning status is drawn, shared by every layer that has a `status`. */
export const statusStyles = [
  { status: 'operating', dash: undefined, label: { zh: '已建成/运营', en: 'Operating / built' } },
  { status: 'under_construction', dash: [3, 2], label: { zh: '在建', en: 'Under construction' } },
  { status: 'planned', dash: [0.8, 1.6], label: { zh: '规划', en: 'Planned' } },
] as const;
