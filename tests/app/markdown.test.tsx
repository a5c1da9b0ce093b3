// Guides are Markdown rendered straight to elements: the subset works, and nothing in a guide can
// run code, load a foreign image or open a javascript: link.
import { cleanup, render } from '@testing-library/preact';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref, safeImageSrc } from '../../src/app/features/guides/markdown';
import { MarkdownView } from '../../src/app/features/guides/MarkdownView';

afterEach(cleanup);

const show = (source: string) => render(<MarkdownView blocks={parseMarkdown(source)} />).container;

describe('the Markdown subset', () => {
  it('renders headings, paragraphs, lists, bold, italic and inline code', () => {
    const page = show(
      [
        '# Titre',
        '## Les étapes',
        '',
        'Une ligne',
        'et sa suite avec du **gras**, de l’*italique* et `un code`.',
        '',
        '3. Troisième',
        '4. Quatrième',
        '',
        '- Un',
        '- Deux',
        '  suite de deux',
      ].join('\n'),
    );
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Titre', 'Les étapes']);
    expect(page.querySelector('p')?.textContent).toBe('Une ligne et sa suite avec du gras, de l’italique et un code.');
    expect(page.querySelector('strong')?.textContent).toBe('gras');
    expect(page.querySelector('em')?.textContent).toBe('italique');
    expect(page.querySelector('code')?.textContent).toBe('un code');
    expect(page.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect([...page.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['Troisième', 'Quatrième']);
    expect([...page.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['Un', 'Deux suite de deux']);
  });

  it('nests emphasis, keeps snake_case words and escaped stars as they are', () => {
    const page = show('*un **mot** fort* et nom_de_fichier et \\*pas d’italique\\*');
    expect(page.querySelector('em strong')?.textContent).toBe('mot');
    expect(page.textContent).toContain('nom_de_fichier');
    expect(page.textContent).toContain('*pas d’italique*');
  });

  it('opens web links in a new tab without giving the page away, and app links in place', () => {
    const page = show('[ameli](https://www.ameli.fr "Le site") et [le guide](/guides/creer-adresse-email)');
    const [external, internal] = [...page.querySelectorAll('a')];
    expect(external?.getAttribute('href')).toBe('https://www.ameli.fr');
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(internal?.getAttribute('href')).toBe('/guides/creer-adresse-email');
    expect(internal?.getAttribute('target')).toBeNull();
  });

  it('shows images of this site with their description', () => {
    const img = show('![Une adresse en trois parties](/guides/adresse-email.svg)').querySelector('img');
    expect(img?.getAttribute('src')).toBe('/guides/adresse-email.svg');
    expect(img?.getAttribute('alt')).toBe('Une adresse en trois parties');
  });
});

describe('addresses allowed in a guide', () => {
  it.each(['https://www.caf.fr', 'http://example.fr/page', '/guides/x', './x', '../x', '#etapes', 'page.html'])(
    'link %s is kept',
    (href) => {
      expect(safeHref(href)).toBe(href);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:x@example.fr',
    '//evil.example/x',
    '\\\\evil.example\\x',
  ])('link %j is dropped', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it.each(['/guides/code-sms.svg', '/icons/icon.svg'])('image %s is kept', (src) => {
    expect(safeImageSrc(src)).toBe(src);
  });

  it.each([
    'https://evil.example/x.png',
    '//evil.example/x.png',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'x.png',
    'javascript:alert(1)',
  ])('image %s is dropped', (src) => {
    expect(safeImageSrc(src)).toBeUndefined();
  });
});

describe('a guide that tries to run code', () => {
  const hostile = [
    '<script>window.__pwned = "script"</script>',
    '',
    '<img src=x onerror="window.__pwned = \'img\'">',
    '',
    "[Cliquez ici](javascript:window.__pwned='link') puis [là](JAVASCRIPT:alert(1))",
    '',
    '![piège](javascript:alert(1)) ![ailleurs](https://evil.example/track.png) ![svg](data:image/svg+xml,<svg onload=alert(1)>)',
    '',
    '<a href="javascript:alert(1)" onclick="alert(1)">lien brut</a> <iframe src="https://evil.example"></iframe>',
  ].join('\n');

  it('shows the HTML as text and creates no element from it', () => {
    const page = show(hostile);
    expect(page.querySelectorAll('script, iframe, img, object, embed, svg').length).toBe(0);
    expect(page.textContent).toContain('<script>window.__pwned = "script"</script>');
    expect(page.textContent).toContain('<img src=x onerror="window.__pwned = \'img\'">');
  });

  it('keeps the words of a javascript: link but not the link', () => {
    const page = show(hostile);
    expect(page.textContent).toContain('Cliquez ici');
    for (const a of page.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    expect(page.querySelectorAll('a').length).toBe(0);
  });

  it('sets no event handler attribute anywhere, and runs nothing', () => {
    const page = show(hostile);
    const attributes = [...page.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    for (const a of page.querySelectorAll('a')) (a as HTMLElement).click();
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined();
  });

  it('is never turned into HTML: the guides and catalogue code has no innerHTML at all', () => {
    const files = ['src/app/features/guides', 'src/app/features/demarches', 'src/app/catalogue'].flatMap(listFiles);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
