/** Test data for the schema and loader tests: one cited report, shaped as reports.json will hold them. Never imported by app code. */

/** A report the app links to but never fetches; its facts are in our own words. */
export const REPORT = {
  id: 'news-example-2025-12-01-shadak',
  outlet: 'News Example',
  url: 'https://news.example/world/asia/2025/12/01/attack-near-shadak',
  published: '2025-12-01',
  language: 'ru',
  headline: 'Нападение у кишлака Шадак',
  readAt: 'https://archive.example/2025-12-02/news.example/world/asia/2025/12/01/attack-near-shadak',
  facts: [
    { id: 'attack', text: 'Two Chinese citizens were attacked near the village of Shadak on the evening of 30 November.' },
    { id: 'district', text: 'Shadak lies in Darvoz district of Gorno-Badakhshan.' },
  ],
} as const;
