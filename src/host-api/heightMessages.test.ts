import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_ID, datawrapperHeightMessage, flourishHeightMessage, frameId } from './heightMessages';

describe('datawrapperHeightMessage', () => {
  it('datawrapperHeightMessage("abc12", 412.3) is {"datawrapper-height": {"abc12": 413}}', () => {
    expect(datawrapperHeightMessage('abc12', 412.3)).toEqual({ 'datawrapper-height': { abc12: 413 } });
  });
  it('what a Datawrapper-style listener reads: one id, one pixel height', () => {
    const data = datawrapperHeightMessage(DEFAULT_FRAME_ID, 300) as unknown as Record<string, Record<string, number>>;
    const heights = Object.entries(data['datawrapper-height'] ?? {}).map(([id, h]) => `${id}=${h}px`);
    expect(heights).toEqual(['frontier-map=300px']);
  });
  it.each([NaN, -1, Infinity])('rejects height %s', (h) => {
    expect(() => datawrapperHeightMessage('a', h)).toThrow(/^invalid height/);
  });
});

describe('flourishHeightMessage', () => {
  it('is the JSON string Flourish posts, with every field its embed script validates', () => {
    const s = flourishHeightMessage(400, 'https://map.example/?embed=1');
    expect(typeof s).toBe('string');
    expect(JSON.parse(s)).toEqual({
      sender: 'Flourish',
      context: 'iframe.resize',
      method: 'resize',
      height: 400,
      src: 'https://map.example/?embed=1',
    });
  });
  it('rounds the height up to whole pixels', () => {
    expect(JSON.parse(flourishHeightMessage(299.01, 'x')).height).toBe(300);
  });
});

describe('frameId', () => {
  it.each([
    ['', DEFAULT_FRAME_ID],
    ['map-1', 'map-1'],
    ['a b', DEFAULT_FRAME_ID],
    ['"><x', DEFAULT_FRAME_ID],
    ['x'.repeat(65), DEFAULT_FRAME_ID],
  ])('frameId(%j) is %s', (name, id) => {
    expect(frameId(name)).toBe(id);
  });
});
