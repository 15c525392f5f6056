import { describe, expect, it } from 'vitest';
import { foldText, ftsMatchExpression, searchTerms, stemCzech } from '../schema/catalogue-text.ts';
import { api, loadDemoSeed } from './helpers.ts';

describe('Czech search terms', () => {
  it('fold diacritics and case', () => {
    expect(foldText('Třeboň, ČESKÉ Velenice, Žďár')).toBe('trebon, ceske velenice, zdar');
  });

  it('strip one common ending and keep a stem of four letters or more', () => {
    expect(stemCzech('seniory')).toBe('senior');
    expect(stemCzech('seniorum')).toBe('senior');
    expect(stemCzech('treboni')).toBe('trebon');
    expect(stemCzech('sluzby')).toBe('sluzb');
    expect(stemCzech('domovech')).toBe('domov');
    expect(stemCzech('senior')).toBe('senior');
    expect(stemCzech('domy')).toBe('dom');
    expect(stemCzech('dum')).toBe('dom');
    expect(stemCzech('bezdomovec')).toBe('bezdomov');
    expect(stemCzech('bezdomovci')).toBe('bezdomov');
    expect(stemCzech('pecovatelka')).toBe('pecovatel');
    expect(stemCzech('pecovatelky')).toBe('pecovatel');
    expect(stemCzech('pecovatelce')).toBe('pecovatel');
    expect(stemCzech('zavislosti')).toBe('zavisl');
    expect(stemCzech('pomoc')).toBe('pomoc');
    expect(stemCzech('osoby')).toBe('osob');
  });

  it('make at most eight distinct terms of letters and digits only', () => {
    expect(searchTerms('Pečovatelská služba, Třeboň!')).toEqual(['pecovatels', 'sluzb', 'trebon']);
    expect(searchTerms('senior senioři seniorům')).toEqual(['senior']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchTerms('"*()-:^')).toEqual([]);
  });

  it('quote every term as a prefix, so user input is never FTS syntax', () => {
    expect(ftsMatchExpression('senior* NEAR(domov) -"x" OR')).toBe('"senior"* "near"* "domov"* "x"* "or"*');
    expect(ftsMatchExpression('  ')).toBeNull();
  });
});

describe('the demo catalogue', () => {
  it('is in the search index after the demo seed is loaded', async () => {
    await loadDemoSeed();
    const body = await (await api('/api/catalogue/search?q=trebon&territory=trebon')).json<{ total: number }>();
    expect(body.total).toBeGreaterThan(0);
    const senior = await (await api('/api/catalogue/search?q=senior')).json<{ total: number }>();
    expect(senior.total).toBeGreaterThan(0);
  });
});
