// The interface in the reader's language: English or French, from the element's lang, the
// nearest lang around it, or the page's; dates and country names through Intl; the English
// content from data/ marked lang="en"; legal citations untouched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import { fr } from '../../src/i18n/fr.js';
import { cachedLocales, en, handDate, localeFor, PLACEHOLDERS } from '../../src/i18n/strings.js';
import { mount } from './mount.js';

const $ = <T extends Element = Element>(el: JurisdictionMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

const IRELAND_2017 = {
  'request-type': 'us-warrant',
  requester: 'US',
  datacenter: 'azure-northeurope',
  'as-of': '2017-06-01',
};

/** The text the interface itself shows: every text node and label outside lang="en" content. */
function interfaceText(el: JurisdictionMap): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.getAttribute('lang') === 'en') return;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  el.shadowRoot!.childNodes.forEach(walk);
  return parts.join(' ');
}

/** English words of the interface that French says differently (e.g. not "Notes"). */
const englishOnly = Object.entries(en)
  .filter(
    ([key, value]) =>
      typeof value === 'string' && value.length > 4 && value !== fr[key as keyof typeof fr],
  )
  .map(([, value]) => (value as string).trim());

const pageLang = document.documentElement.lang;
afterEach(() => {
  document.documentElement.lang = pageLang;
});

describe('localization', () => {
  it('lang="fr" speaks French: pickers, dates, country names, legend, panel', async () => {
    const el = await mount({ ...IRELAND_2017, lang: 'fr' });
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Demande');
    expect($(el, '#jm-date-label')!.textContent).toBe('Au 1er juin 2017');
    expect($(el, '.legend summary')!.textContent).toBe('Légende');
    expect($(el, '.badge')!.textContent).toBe(fr.reach.contested);
    // The map's name is French alone: the English answer in it was read with a French voice.
    expect($(el, 'svg.map')!.getAttribute('aria-label')).toBe('Carte du monde');
    // Country names come from Intl in French; the data's English names stay in the content.
    // (The full list of states is made once a reader reaches the pickers.)
    $<HTMLSelectElement>(el, '.controls select')!.focus();
    await el.updateComplete;
    const option = (id: string) => $(el, `select option[value="${id}"]`)!.textContent!.trim();
    expect(option('DE')).toMatch(/^Allemagne — ne peut pas l’émettre$/);
    expect(option('US')).toBe('États-Unis');
    expect($(el, '.marker[data-id="azure-northeurope"]')!.getAttribute('aria-label')).toContain(
      'Irlande\u00a0: ',
    );
  });

  it('marks the English content lang="en" so a screen reader reads it in English', async () => {
    const el = await mount({ ...IRELAND_2017, lang: 'fr' });
    expect($(el, '.summary')!.getAttribute('lang')).toBe('en');
    expect($(el, '.steps')!.getAttribute('lang')).toBe('en');
    expect($(el, '[aria-live]')!.getAttribute('lang')).toBe('en');
    expect($(el, '.controls select option')!.getAttribute('lang')).toBe('en');
    // In English nothing needs marking.
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '.summary')!.hasAttribute('lang')).toBe(false);
  });

  it('leaves no English interface word in French, in every view (panel, table, compare, scenario, country)', async () => {
    const el = await mount({
      ...IRELAND_2017,
      lang: 'fr',
      'compare-datacenter': 'aws-us-east-1',
      providers: 'aws',
    });
    el.setAttribute('scenario', 'microsoft-ireland');
    await el.updateComplete;
    // Open the legend, a country's details and the table view.
    $<HTMLDetailsElement>(el, '.legend')!.open = true;
    $<SVGPathElement>(el, '.outline[data-jurisdiction="IE"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await vi.waitFor(() => expect($(el, '.country-details')).not.toBeNull());
    const seen = [interfaceText(el)];
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.controls button')]
      .find((b) => b.textContent!.trim() === fr.table)!
      .click();
    await vi.waitFor(() => expect($(el, '.table-wrap')).not.toBeNull());
    seen.push(interfaceText(el));
    const all = seen.join(' ');
    // Whole words only: "Table" is not a leak inside "Tableau".
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const leaks = englishOnly.filter((word) =>
      new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'u').test(all),
    );
    expect(leaks).toEqual([]);
    expect(all).toContain(fr.compared);
    expect(all).toContain('étape 1 sur 7');
    // "d’" before a vowel.
    expect(all).toContain('centres de données d’Amazon Web Services seulement');
  });

  it("says the year's legal events in French, with only the instrument's short title marked English", async () => {
    const el = await mount({ ...IRELAND_2017, 'as-of': '2018-06-01', lang: 'fr' });
    const items = [...el.shadowRoot!.querySelectorAll('.events li')];
    const texts = items.map((li) => li.textContent!.replace(/[ \n\t]+/g, ' ').trim());
    expect(texts).toContain('23 mars 2018 CLOUD Act\u00a0: entrée en vigueur');
    expect(texts).toContain(
      '17 avril 2018 Microsoft Ireland (2d Cir. 2016)\u00a0: décision infirmée ou annulée',
    );
    for (const li of items) {
      expect(li.querySelector('[lang="en"]')!.textContent).not.toMatch(/:|vigueur|décision/);
    }
    // The date slider's marks say it alike, on hover.
    const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.ticks i')].map((i) => i.title);
    expect(marks).toContain('23 mars 2018 — CLOUD Act\u00a0: entrée en vigueur');
    expect(marks.join(' ')).not.toMatch(/in force|decided|vacated|ended/);
    // English keeps the engine's labels.
    el.setAttribute('lang', 'en');
    await vi.waitFor(() =>
      expect(
        [...el.shadowRoot!.querySelectorAll('.events li')].map((li) =>
          li.textContent!.replace(/[ \n\t]+/g, ' ').trim(),
        ),
      ).toContain('March 23, 2018 CLOUD Act in force'),
    );
  });

  it('follows the nearest lang around it and the page lang, when either changes', async () => {
    document.documentElement.lang = 'en';
    const el = await mount(IRELAND_2017);
    expect($(el, '#jm-date-label')!.textContent).toBe('As of June 1, 2017');
    document.documentElement.lang = 'fr';
    await vi.waitFor(() => expect($(el, '#jm-date-label')!.textContent).toBe('Au 1er juin 2017'));
    document.documentElement.lang = 'en-GB';
    await vi.waitFor(() => expect($(el, '#jm-date-label')!.textContent).toBe('As of 1 June 2017'));
    expect($(el, '.frame')!.getAttribute('lang')).toBe('en-GB');
    // A lang on a container wins over the page's, and is followed when it changes.
    el.parentElement!.setAttribute('lang', 'fr-CA');
    await vi.waitFor(() => expect($(el, '.legend summary')!.textContent).toBe('Légende'));
    el.parentElement!.setAttribute('lang', 'en');
    await vi.waitFor(() => expect($(el, '.legend summary')!.textContent).toBe('Legend'));
  });

  it('an unknown or malformed lang falls back to English without an error', async () => {
    const errors: unknown[] = [];
    const el = await mount({ ...IRELAND_2017, lang: 'xx' });
    el.addEventListener('jm-error', (e) => errors.push(e));
    expect($(el, '.legend summary')!.textContent).toBe('Legend');
    // Its English is marked English, not left to the lang it inherits (xx).
    expect($(el, '.frame')!.getAttribute('lang')).toBe('en');
    el.lang = '%%%';
    await el.updateComplete;
    expect($(el, '#jm-date-label')!.textContent).toBe('As of June 1, 2017');
    expect($(el, '.frame')!.getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });

  it('writes dates in en, en-US, en-GB and fr as Intl does (French with « 1er »), every day of 1900-2100, without Intl', () => {
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    const tags = ['en', 'en-US', 'en-GB', 'fr', 'fr-FR'];
    const intl = tags.map((tag) => new Intl.DateTimeFormat(tag, options));
    const wrong: string[] = [];
    for (let day = Date.UTC(1900, 0, 1); day <= Date.UTC(2100, 11, 31); day += 86_400_000) {
      const date = new Date(day);
      tags.forEach((tag, i) => {
        const ours = handDate(tag, date);
        const theirs = intl[i]!.format(date);
        // French typography writes the first of the month « 1er »; Intl does not.
        const expected = tag.startsWith('fr') ? theirs.replace(/^1 /, '1er ') : theirs;
        if (ours !== expected) wrong.push(`${tag} ${date.toISOString()}: ${ours}`);
      });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Other tags and years are left to Intl.
    expect(handDate('en-AU', new Date(0))).toBeUndefined();
    expect(handDate('en', new Date(Date.UTC(999, 0, 1)))).toBeUndefined();
    // A locale for these tags (in any case) makes no Intl object to write a date; others do.
    const real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(real, {
      construct: (target, args) => (made++, new target(...(args as []))),
    });
    const asked = vi.spyOn(real, 'supportedLocalesOf');
    try {
      expect(localeFor('En-gB').date('2017-06-01')).toBe('1 June 2017');
      expect(localeFor('EN').date('2017-06-01')).toBe('June 1, 2017');
      expect(localeFor('FR-fr').date('2017-08-01')).toBe('1er août 2017');
      expect(made).toBe(0);
      expect(asked).not.toHaveBeenCalled();
      expect(localeFor('en-AU').date('2017-06-01')).toBe('1 June 2017');
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = real;
      asked.mockRestore();
    }
  });

  it("keeps the placeholder's French, in the element's file, equal to the French words' own", () => {
    expect(PLACEHOLDERS.fr).toEqual({ loading: fr.loading, loadingLabel: fr.loadingLabel });
  });

  it('writes French as French does: the preposition repeated, no article the data lacks, a no-break space before a colon', () => {
    // A French review's findings: « de Microsoft et Amazon Web Services », « émise par
    // États-Unis » (no article), « (Royaume-Uni) : » with a plain space.
    expect(fr.onlyOf(['Microsoft', 'Amazon Web Services'])).toBe(
      'centres de données de Microsoft et d’Amazon Web Services seulement',
    );
    expect(fr.onlyOf(['OVHcloud'])).toBe('centres de données d’OVHcloud seulement');
    expect(fr.onlyOf(['Yandex Cloud', 'Hetzner'])).toBe(
      'centres de données de Yandex Cloud et de Hetzner seulement',
    );
    expect(fr.tableCaption('mandat', 'États-Unis', '1er juin 2017')).not.toMatch(/par États/);
    expect(fr.describe('mandat', 'Royaume-Uni', 'Microsoft', 'East US')).toBe(
      'mandat (Royaume-Uni)\u00a0: East US, Microsoft',
    );
    expect(fr.unknownValue('blue', ['light', 'dark'])).toContain(
      '«\u00a0light\u00a0» et «\u00a0dark\u00a0»',
    );
    expect(fr.unknownValue('hidden', ['none'])).toBe(
      '«\u00a0hidden\u00a0» n’est pas «\u00a0none\u00a0», sa seule valeur admise (la valeur par défaut s’applique)',
    );
  });

  it('keeps a bounded number of locales however many lang strings a page sets', () => {
    for (let i = 0; i < 500; i++) localeFor(`fr-x-${i}`);
    expect(cachedLocales()).toBeLessThanOrEqual(32);
    expect(localeFor('fr').t).toBe(fr);
    expect(localeFor('fr-x-1').t).toBe(fr);
  });

  it('error messages speak French too; the legal citations in the panel stay as written', async () => {
    const el = await mount({ ...IRELAND_2017, lang: 'fr' });
    const citation = $(el, '.laws .cite')!.textContent;
    el.setAttribute('as-of', 'hier');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/L’attribut as-of est incorrect/);
    expect($(el, '.laws .cite')!.textContent).toBe(citation);
    expect(citation).toMatch(/U\.S\.C\.|F\.\s?(Supp|3d)/);
    // A message already shown follows a change of language, with a look's message beside it.
    el.setAttribute('theme', 'bleu');
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/The as-of attribute is wrong/);
    expect($(el, '.error')!.textContent).toMatch(/The theme attribute is wrong/);
    expect($(el, '.error')!.textContent).not.toMatch(/L’attribut/);
  });
});
