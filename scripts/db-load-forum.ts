// npm run db:load-forum -- --posts 100000
// Adds generated forum topics and posts (fictional text in several languages)
// for measuring search and long topics at scale (see npm run bench). The first
// generated topic always has exactly 50 posts: the bench opens it.
import { parseArgs } from "node:util";
import { escapeHtml } from "#app/utils/html.ts";
import { demoTopics } from "../prisma/demo-forum.ts";
import { database } from "#app/utils/db.server.ts";
import { migrate } from "#app/utils/migrate.server.ts";

const { values } = parseArgs({
  options: { posts: { type: "string", default: "100000" }, seed: { type: "string", default: "11" } },
});
const total = Number(values.posts);
if (!Number.isInteger(total) || total < 50) {
  console.error("usage: npm run db:load-forum -- --posts 100000 (at least 50)");
  process.exit(2);
}

// A small deterministic generator (mulberry32), so runs are comparable.
let state = Number(values.seed) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

// Words come from the demo forum's real posts, per language, and are drawn
// with a Zipf distribution (the k-th most frequent word with weight 1/k), so
// term frequencies look like real text: a few very common words, a long tail.
const vocabulary = new Map<string, string[]>();
for (const t of demoTopics) {
  const counts = new Map<string, number>();
  for (const p of t.posts)
    for (const w of p.body.toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const list = vocabulary.get(t.language) ?? [];
  list.push(...counts.keys());
  vocabulary.set(t.language, list);
}
const zipf = new Map<string, { words: string[]; cumulative: number[] }>();
for (const [lang, list] of vocabulary) {
  const freq = new Map<string, number>();
  for (const w of list) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a.localeCompare(b));
  let sum = 0;
  zipf.set(lang, { words, cumulative: words.map((_, k) => (sum += 1 / (k + 1))) });
}
const languages = [...zipf.keys()];
const word = (lang: string) => {
  const { words, cumulative } = zipf.get(lang)!;
  const x = rand() * cumulative.at(-1)!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return words[lo];
};
const sentence = (lang: string) => {
  const n = 6 + Math.floor(rand() * 12);
  const s = Array.from({ length: n }, () => word(lang)).join(" ");
  return s[0].toUpperCase() + s.slice(1) + ".";
};
const paragraph = (lang: string) => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => sentence(lang)).join(" ");

const db = database();
try {
  await migrate(db);
  const started = Date.now();
  const categories = await db.query<{ id: string }>(
    `select id from "ForumCategory" where visibility = 'PUBLIC' order by "order"`,
  );
  if (!categories.length) {
    const [c] = await db.query<{ id: string }>(
      `insert into "ForumCategory" (id, slug, "order", visibility, text) values ('generated', 'generated', 99, 'PUBLIC', '{"en":{"name":"Generated","description":"Generated topics for measurements"}}') returning id`,
    );
    categories.push(c);
  }
  const users = (await db.query<{ id: string }>(`select id from "User" order by "createdAt" limit 50`)).map(
    (u) => u.id,
  );
  if (!users.length) throw new Error("no users: start the app once (demo data) or create an account first");
  let made = 0;
  let topicIndex = 0;
  const now = Date.now();
  while (made < total) {
    const size = topicIndex === 0 ? 50 : Math.min(total - made, 1 + Math.floor(rand() * 39));
    const lang = pick(languages);
    const title = sentence(lang).slice(0, 120);
    const day = 86_400_000;
    const first = new Date(now - (400 - (topicIndex % 400)) * day);
    const [topic] = await db.query<{ id: string }>(
      // Numbers from 1,000,000 up, so the first generated topic has a known address
      // (/en/forum/t/1000000-generated-0) and live topics keep their own sequence.
      `insert into "ForumTopic" (id, number, "categoryId", title, slug, language, "authorId", "postCount", "lastPostNumber", "lastPostAt", "createdAt")
       values ('gen-' || $1, 1000000 + $1::int, $2, $3, $4, $5, $6, $7, $7, $8, $9) returning id`,
      [
        topicIndex,
        pick(categories).id,
        title,
        `generated-${topicIndex}`,
        lang,
        pick(users),
        size,
        new Date(first.getTime() + size * 3_600_000),
        first,
      ],
    );
    const rows: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < size; i++) {
      const body = paragraph(lang);
      const base = rows.length;
      tuples.push(
        `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}, $${base + 8})`,
      );
      rows.push(
        `gen-${topicIndex}-${i + 1}`,
        topic.id,
        i + 1,
        pick(users),
        body,
        `<p>${escapeHtml(body)}</p>`,
        lang,
        new Date(first.getTime() + i * 3_600_000),
      );
    }
    await db.query(
      `insert into "ForumPost" (id, "topicId", "postNumber", "authorId", body, html, language, "createdAt") values ${tuples.join(", ")}`,
      rows,
    );
    made += size;
    topicIndex++;
    if (topicIndex % 200 === 0) process.stdout.write(`\r${made} / ${total} posts`);
  }
  await db.exec(`analyze "ForumPost"; analyze "ForumTopic"`);
  console.log(
    `\ncreated ${topicIndex} topics with ${made} posts in ${Date.now() - started} ms (the first, /en/forum/t/1000000-generated-0, has 50 posts).`,
  );
} finally {
  await db.close();
}
