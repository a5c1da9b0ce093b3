// The guides' Markdown view: the shared one (src/app/ui/MarkdownView.tsx), also used by the local notes.
export { frenchSpacing, MarkdownView } from '../../ui/MarkdownView';
