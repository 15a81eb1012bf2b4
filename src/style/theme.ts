/** Colour and type tokens for the flat, print-friendly briefing style. */
export interface Theme {
  background: string;
  focusLand: string;
  contextLand: string;
  countryLine: string;
  regionFill: string;
  regionLine: string;
  regionLabel: string;
  border: string;
  borderCasing: string;
  river: string;
  riverLabel: string;
  placeDot: string;
  placeLabel: string;
  labelHalo: string;
  kind: Record<'incident' | 'meeting' | 'programme-milestone' | 'announcement', string>;
  areaHighlight: string;
  selected: string;
  outpost: string;
  coverage: Record<'select-outposts' | 'border', string>;
  font: string[];
  fontBold: string[];
}

export const briefingTheme: Theme = {
  background: '#dfe7ec',
  focusLand: '#fbfaf6',
  contextLand: '#eceae4',
  countryLine: '#9a978f',
  regionFill: '#f3efe3',
  regionLine: '#b8ab8a',
  regionLabel: '#7a6d52',
  border: '#b3122e',
  borderCasing: '#ffffff',
  river: '#4f8fbf',
  riverLabel: '#2f6b97',
  placeDot: '#3b3b3b',
  placeLabel: '#222222',
  labelHalo: '#ffffff',
  kind: {
    incident: '#d7301f',
    meeting: '#2b6cb0',
    'programme-milestone': '#6b46c1',
    announcement: '#2f855a',
  },
  areaHighlight: '#d7301f',
  selected: '#111111',
  outpost: '#1a202c',
  coverage: { 'select-outposts': '#dd8a00', border: '#f2a900' },
  font: ['sans-serif'],
  fontBold: ['sans-serif'],
};
