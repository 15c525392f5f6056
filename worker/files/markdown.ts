import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(?:https?:|mailto:)/i;

/**
 * Markdown of press releases written in the app, rendered for the public page. Raw HTML is escaped (html: false),
 * links go only to http(s) and mailto (no javascript:, data: or relative links), and images are off so a press
 * release cannot pull in trackers or anything else from elsewhere.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable('image');
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

const renderToken = markdown.renderer.renderToken.bind(markdown.renderer);
markdown.renderer.rules.link_open = (tokens, index, options) => {
  tokens[index]!.attrSet('rel', 'noopener noreferrer');
  return renderToken(tokens, index, options);
};

export const renderMarkdown = (source: string): string => markdown.render(source);
