import { Fragment } from 'react';
import { parseMarkdown, type Inline } from './markdown';

function InlineText({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((part, index) => {
        switch (part.kind) {
          case 'strong':
            return <strong key={index}>{part.text}</strong>;
          case 'em':
            return <em key={index}>{part.text}</em>;
          case 'code':
            return <code key={index}>{part.text}</code>;
          default:
            return <Fragment key={index}>{part.text}</Fragment>;
        }
      })}
    </>
  );
}

/**
 * Markdown shown safely: rendered as React elements, never as HTML. `topLevel` is the heading
 * level a `#` becomes, so the text fits under the page's own headings.
 */
export function Markdown({
  source,
  topLevel = 2,
  lang,
}: {
  source: string;
  topLevel?: 2 | 3;
  lang?: string;
}) {
  return (
    <div className="markdown" lang={lang}>
      {parseMarkdown(source).map((block, index) => {
        if (block.kind === 'heading') {
          const Heading = `h${Math.min(6, block.level + topLevel - 1)}` as 'h2';
          return (
            <Heading key={index}>
              <InlineText content={block.content} />
            </Heading>
          );
        }
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={index}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <InlineText content={item} />
                </li>
              ))}
            </List>
          );
        }
        return (
          <p key={index}>
            <InlineText content={block.content} />
          </p>
        );
      })}
    </div>
  );
}
