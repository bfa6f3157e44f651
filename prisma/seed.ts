import type { ContactStage, ContactSource, PrismaClient } from "../app/generated/prisma/client.ts";
import { hashPassword } from "../app/modules/accounts/accounts.server.ts";
import { findCity } from "../app/utils/reference/cities.server.ts";
import { slugify as slug } from "../app/utils/reference/slug.ts";
import { generateProfiles, handWrittenProfiles, type DemoProfile } from "./demo-directory.ts";
import { seedForum } from "./seed-forum.ts";

// Demo data for local runs (never in production: see app/startup.server.ts).
// Every organisation here is fictional; the formats echo the seed texts.

/** How many generated organisations join the 45 written by hand (PRODUCT: at least 300 in the directory). */
export const GENERATED_DEMO_ORGS = 270;

const DAY = 86_400_000;

/** The stored row of a demo profile; coordinates come from the bundled city list. */
export function demoOrganisationRow(p: DemoProfile, i: number, now = new Date()) {
  const city = findCity(p.country, p.city);
  return {
    slug: slug(p.name),
    name: p.name,
    type: p.type,
    country: p.country,
    city: city?.name ?? p.city,
    latitude: city?.lat ?? null,
    longitude: city?.lng ?? null,
    sectors: p.sectors,
    languages: p.languages,
    offers: p.offers,
    seeks: p.seeks,
    offerText: p.offerText,
    seekText: p.seekText,
    descriptions: p.descriptions,
    openForVisits: p.openForVisits,
    website: p.website,
    foundedYear: p.foundedYear,
    size: p.size,
    contactEmail: p.contactEmail,
    // Spread over the last months so "recently updated" means something.
    updatedAt: new Date(now.getTime() - ((i * 37) % 180) * DAY),
  };
}

const demoAccounts = [
  { email: "admin@demo.portolan.test", name: "Ada Admin", siteRole: "ADMIN", locale: "en" },
  { email: "moderator@demo.portolan.test", name: "Mona Moderator", siteRole: "MODERATOR", locale: "de" },
  { email: "orgadmin@demo.portolan.test", name: "Ole Orgadmin", siteRole: "USER", locale: "de" },
  { email: "member@demo.portolan.test", name: "Mia Member", siteRole: "USER", locale: "en" },
  { email: "outsider@demo.portolan.test", name: "Otto Outsider", siteRole: "USER", locale: "lt" },
  { email: "partner@demo.portolan.test", name: "Eeva Partner", siteRole: "USER", locale: "et" },
] as const;

type DemoContact = {
  person: string;
  org?: string;
  linked?: string;
  country: string;
  email?: string;
  role?: string;
  stage: ContactStage;
  source: ContactSource;
  tags: string[];
  next?: [step: string, inDays: number];
  notes: [daysAgo: number, text: string][];
};

// Hafenwerk's tracker: a realistic mix of stages, some due this week, one overdue.
const hafenwerkContacts: DemoContact[] = [
  {
    person: "Kristiina Laur",
    linked: "Emajõe Loomemajanduse Keskus",
    country: "EE",
    email: "kristiina@emajoe.example",
    role: "Programme lead",
    stage: "EXPLORING",
    source: "TRIP",
    tags: ["design", "study-trip"],
    next: ["Send draft agreement outline", 3],
    notes: [
      [40, "Met during the Tartu study trip; strong interest in a joint design week."],
      [12, "Call: they can host eight people in March."],
    ],
  },
  {
    person: "Jonas Petraitis",
    linked: "Nemuno Dizaino Klasteris",
    country: "LT",
    email: "jonas@nemuno.example",
    role: "Cluster manager",
    stage: "COOPERATING",
    source: "EVENT",
    tags: ["design", "interreg"],
    next: ["Quarterly partner call", 6],
    notes: [
      [200, "First contact at the Baltic design forum."],
      [90, "Signed letter of intent for the joint application."],
    ],
  },
  {
    person: "Anna Wiśniewska",
    linked: "Stocznia Kreatywna Gdańsk",
    country: "PL",
    email: "anna@stocznia.example",
    stage: "CONTACTED",
    source: "DIRECTORY",
    tags: ["music", "venues"],
    next: ["Follow up on the open-stage idea", -2],
    notes: [[20, "Sent an introduction through the directory."]],
  },
  {
    person: "Mikkel Sørensen",
    linked: "Aarhus Designnetværk",
    country: "DK",
    stage: "MET",
    source: "EVENT",
    tags: ["business-breakfast"],
    notes: [[30, "Talked at the business breakfast about formats for industry matchmaking."]],
  },
  {
    person: "Liisa Virtanen",
    linked: "Tampereen Pelitalo",
    country: "FI",
    email: "liisa@pelitalo.example",
    stage: "IDENTIFIED",
    source: "FORUM",
    tags: ["games"],
    notes: [[5, "Active in the forum thread on game-studio exports."]],
  },
  {
    person: "Ilze Kalniņa",
    org: "Rīgas Pilsētas Attīstības Departaments",
    country: "LV",
    email: "ilze.kalnina@riga-city.example",
    role: "Creative economy officer",
    stage: "EXPLORING",
    source: "OTHER",
    tags: ["city", "funding"],
    next: ["Check co-funding rules for the call", 1],
    notes: [[15, "Introduced by a partner in Liepāja."]],
  },
  {
    person: "Sven Holm",
    linked: "Södermalm Kreativa Nätverk",
    country: "SE",
    stage: "DORMANT",
    source: "EVENT",
    tags: ["network"],
    notes: [[400, "Joint salon evening in 2025; no follow-up since."]],
  },
  {
    person: "Marta Nowak",
    org: "Teatr Portowy",
    country: "PL",
    email: "marta@teatrportowy.example",
    role: "Producer",
    stage: "MET",
    source: "TRIP",
    tags: ["performing-arts"],
    next: ["Share the site-visit report", 10],
    notes: [[25, "Visited their stage during the Gdańsk expedition."]],
  },
];

/**
 * Loads demo organisations and accounts into an empty database. Returns what
 * it created, or null when the database already has users (never overwrites).
 */
export async function seedDemoData(prisma: PrismaClient, { password }: { password: string }) {
  if ((await prisma.user.count()) > 0) return null;
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const profiles = [...handWrittenProfiles, ...generateProfiles(GENERATED_DEMO_ORGS)];
  await prisma.$transaction(
    async (tx) => {
      await tx.organisation.createMany({
        data: profiles.map((p, i) => ({
          ...demoOrganisationRow(p, i, now),
          verifiedAt: i < handWrittenProfiles.length && i % 3 === 0 ? now : null,
        })),
        skipDuplicates: true,
      });
      for (const a of demoAccounts) {
        await tx.user.create({ data: { ...a, passwordHash, emailVerifiedAt: now, consentAt: now } });
      }
      const org = (name: string) => tx.organisation.findUniqueOrThrow({ where: { slug: slug(name) } });
      const user = (email: string) => tx.user.findUniqueOrThrow({ where: { email } });
      const hafenwerk = await org("Hafenwerk Kreativnetz Bremen");
      const uzupio = await org("Užupio Kūrybinių Industrijų Centras");
      const telliskivi = await org("Telliskivi Loomelinnak Koostöö");
      const orgadmin = await user("orgadmin@demo.portolan.test");
      const member = await user("member@demo.portolan.test");
      const outsider = await user("outsider@demo.portolan.test");
      const partner = await user("partner@demo.portolan.test");
      await tx.membership.createMany({
        data: [
          { orgId: hafenwerk.id, userId: orgadmin.id, role: "ADMIN" },
          { orgId: hafenwerk.id, userId: member.id, role: "MEMBER" },
          { orgId: uzupio.id, userId: outsider.id, role: "ADMIN" },
          { orgId: telliskivi.id, userId: partner.id, role: "ADMIN" },
        ],
      });
      for (const [i, c] of hafenwerkContacts.entries()) {
        const linked = c.linked ? await org(c.linked) : null;
        await tx.cooperationContact.create({
          data: {
            orgId: hafenwerk.id,
            linkedOrgId: linked?.id ?? null,
            personName: c.person,
            organisationName: linked?.name ?? c.org ?? "",
            country: c.country,
            email: c.email ?? null,
            role: c.role ?? null,
            stage: c.stage,
            source: c.source,
            tags: c.tags,
            ownerId: i % 2 ? member.id : orgadmin.id,
            nextStep: c.next?.[0] ?? null,
            nextStepDue: c.next ? new Date(today.getTime() + c.next[1] * DAY) : null,
            events: {
              create: [
                {
                  kind: "CREATED",
                  toStage: "IDENTIFIED",
                  authorId: orgadmin.id,
                  occurredOn: new Date(today.getTime() - (c.notes[0]?.[0] ?? 0) * DAY - DAY),
                },
                ...c.notes.map(([ago, text]) => ({
                  kind: "NOTE" as const,
                  text,
                  authorId: orgadmin.id,
                  occurredOn: new Date(today.getTime() - ago * DAY),
                })),
                ...(c.stage !== "IDENTIFIED"
                  ? [
                      {
                        kind: "STAGE" as const,
                        fromStage: "IDENTIFIED" as const,
                        toStage: c.stage,
                        authorId: orgadmin.id,
                        occurredOn: new Date(today.getTime() - (c.notes.at(-1)?.[0] ?? 0) * DAY),
                      },
                    ]
                  : []),
              ],
            },
          },
        });
      }
      // One open request for Hafenwerk's admins to answer, with its notification.
      const request = await tx.contactRequest.create({
        data: {
          fromOrgId: uzupio.id,
          toOrgId: hafenwerk.id,
          senderId: outsider.id,
          message:
            "Hello from Vilnius! We are planning a study trip to Bremen in spring and would love to visit Hafenwerk and learn how you run your themed evenings.",
          pendingKey: `${uzupio.id}:${hafenwerk.id}`,
          createdAt: new Date(now.getTime() - 2 * DAY),
          expiresAt: new Date(now.getTime() + 28 * DAY),
        },
      });
      await tx.notification.create({
        data: {
          userId: orgadmin.id,
          kind: "contactRequest",
          data: {
            requestId: request.id,
            fromOrg: uzupio.name,
            toOrg: hafenwerk.name,
            toOrgSlug: hafenwerk.slug,
            sender: outsider.name,
          },
          createdAt: new Date(now.getTime() - 2 * DAY),
        },
      });
    },
    { timeout: 60_000 },
  );
  const forum = await seedForum(prisma, { passwordHash, now });
  return { organisations: profiles.length, users: demoAccounts.length, topics: forum.topics, posts: forum.posts };
}
