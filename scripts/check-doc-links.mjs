// Fails when a relative link in a Markdown file points to a file that does not exist, or to a
// heading that the target file does not have. External links (http:, https:, mailto:) are not
// fetched: the check stays offline and fast. Run by `npm run lint`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const skippedDirs = new Set(['node_modules', 'dist', '.git', 'coverage', 'results', 'generated']);

function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return skippedDirs.has(entry.name) ? [] : markdownFiles(join(dir, entry.name));
    }
    return entry.name.endsWith('.md') ? [join(dir, entry.name)] : [];
  });
}

/** Markdown text outside fenced code blocks and inline code, where links are not links. */
function proseOf(text) {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/`[^`]*`/g, '');
    })
    .join('\n');
}

/** Heading anchors as GitHub renders them: lower case, punctuation dropped, spaces to hyphens. */
function headingAnchors(file) {
  const seen = new Map();
  const anchors = new Set();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const broken = [];
for (const file of markdownFiles(root)) {
  const prose = proseOf(readFileSync(file, 'utf8'));
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [pathPart, anchor] = target.split('#');
    const targetFile = pathPart ? resolve(dirname(file), decodeURIComponent(pathPart)) : file;
    const where = `${relative(root, file)}: (${target})`;
    if (!existsSync(targetFile)) {
      broken.push(`${where}: no such file ${relative(root, targetFile)}`);
    } else if (anchor && statSync(targetFile).isFile() && targetFile.endsWith('.md')) {
      if (!headingAnchors(targetFile).has(anchor)) {
        broken.push(`${where}: no heading #${anchor} in ${relative(root, targetFile)}`);
      }
    }
  }
}

if (broken.length > 0) {
  console.error(`Broken links in Markdown files:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
