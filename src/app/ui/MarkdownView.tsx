// Renders parsed Markdown (a guide, a local note) straight to Preact elements (no HTML string anywhere),
// with the sentence being read aloud highlighted. Shared by the guides and the local content.
import type { ComponentChildren } from 'preact';
import type { Block } from '../../shared/markdown/blocks';
import type { Inline } from '../../shared/markdown/inline';
import { linkProps } from './router';

/** The guide's blocks; `reading` is the number of the sentence being read aloud, if any. */
export function MarkdownView({ blocks, reading }: { blocks: Block[]; reading?: number | undefined }) {
  return <div class="markdown">{blocks.map((block, i) => renderBlock(block, i, reading))}</div>;
}

function renderBlock(block: Block, key: number, reading: number | undefined) {
  const inline = (nodes: Inline[]) => nodes.map((node, i) => renderInline(node, i, reading));
  switch (block.type) {
    case 'heading': {
      const Tag = `h${block.level}` as 'h2' | 'h3' | 'h4';
      return <Tag key={key}>{inline(block.children)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{inline(block.children)}</p>;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{inline(item)}</li>);
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'rule':
      return <hr key={key} />;
  }
}

function renderInline(node: Inline, key: number, reading: number | undefined): ComponentChildren {
  const children = (nodes: Inline[]) => nodes.map((child, i) => renderInline(child, i, reading));
  switch (node.type) {
    case 'text':
      return node.sentence !== undefined && node.sentence === reading ? (
        <mark key={key} class="reading">
          {frenchSpacing(node.text)}
        </mark>
      ) : (
        frenchSpacing(node.text)
      );
    case 'code':
      return (
        <code key={key} class={node.sentence !== undefined && node.sentence === reading ? 'reading' : undefined}>
          {node.text}
        </code>
      );
    case 'strong':
      return <strong key={key}>{children(node.children)}</strong>;
    case 'em':
      return <em key={key}>{children(node.children)}</em>;
    case 'image':
      return <img key={key} src={node.src} alt={node.alt} loading="lazy" class="markdown__image" />;
    case 'link':
      return renderLink(node.href, children(node.children), key);
  }
}

function renderLink(href: string, children: ComponentChildren, key: number) {
  if (/^https?:/i.test(href)) {
    return (
      <a key={key} href={href} target="_blank" rel="noopener noreferrer">
        {children}
        <span class="visually-hidden"> (nouvel onglet)</span>
      </a>
    );
  }
  // A path of the app ("/guides/…") opens without reloading.
  const props = href.startsWith('/') ? linkProps(href) : { href };
  return (
    <a key={key} {...props}>
      {children}
    </a>
  );
}

/** French typography: the space before : ; ? ! » and after « never breaks, so no sign starts a line alone. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
