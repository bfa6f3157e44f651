import type { OrgType, PrismaClient } from "../app/generated/prisma/client.ts";
import { hashPassword } from "../app/modules/accounts/accounts.server.ts";
import { slugify as slug } from "../app/modules/orgs/slug.ts";

// Demo data for local runs (never in production: see app/utils/lifecycle.server.ts).
// Every organisation here is fictional; the formats echo the seed texts.
type DemoOrg = [name: string, type: OrgType, country: string, city: string];

export const demoOrganisations: DemoOrg[] = [
  ["Hafenwerk Kreativnetz Bremen", "NETWORK", "DE", "Bremen"],
  ["Kreativquartier Nordstadt", "HUB", "DE", "Dortmund"],
  ["Rheinufer Design-Cluster", "CLUSTER", "DE", "Leverkusen"],
  ["Elbkontor Kulturwirtschaft", "AGENCY", "DE", "Hamburg"],
  ["Spreeforum Gründerwerkstatt", "INCUBATOR", "DE", "Berlin"],
  ["Ostseesalon Kiel", "NGO", "DE", "Kiel"],
  ["Hansekammer Kreativwirtschaft Rostock", "CHAMBER", "DE", "Rostock"],
  ["Nørrebro Kreative Værksted", "HUB", "DK", "Copenhagen"],
  ["Aarhus Designnetværk", "NETWORK", "DK", "Aarhus"],
  ["Fynsk Kulturerhverv", "AGENCY", "DK", "Odense"],
  ["Limfjord Lydlab", "COMPANY", "DK", "Aalborg"],
  ["Södermalm Kreativa Nätverk", "NETWORK", "SE", "Stockholm"],
  ["Göta Älv Designkluster", "CLUSTER", "SE", "Gothenburg"],
  ["Öresund Kulturinkubator", "INCUBATOR", "SE", "Malmö"],
  ["Fyris Spelhubb", "HUB", "SE", "Uppsala"],
  ["Kallio Luova Keskus", "HUB", "FI", "Helsinki"],
  ["Tampereen Pelitalo", "CLUSTER", "FI", "Tampere"],
  ["Aurajoen Kulttuuriverkosto", "NETWORK", "FI", "Turku"],
  ["Pohjoinen Muotoiluhautomo", "INCUBATOR", "FI", "Oulu"],
  ["Telliskivi Loomelinnak Koostöö", "HUB", "EE", "Tallinn"],
  ["Emajõe Loomemajanduse Keskus", "AGENCY", "EE", "Tartu"],
  ["Rannarahva Disainivõrgustik", "NETWORK", "EE", "Pärnu"],
  ["Põhja Kultuuri Instituut", "CULTURAL_INSTITUTE", "EE", "Tallinn"],
  ["Daugavas Radošais Klasteris", "CLUSTER", "LV", "Riga"],
  ["Kurzemes Dizaina Darbnīca", "HUB", "LV", "Liepāja"],
  ["Latgales Kultūras Tīkls", "NETWORK", "LV", "Daugavpils"],
  ["Rīgas Radošo Industriju Kamera", "CHAMBER", "LV", "Riga"],
  ["Užupio Kūrybinių Industrijų Centras", "HUB", "LT", "Vilnius"],
  ["Nemuno Dizaino Klasteris", "CLUSTER", "LT", "Kaunas"],
  ["Pamario Kultūros Tinklas", "NETWORK", "LT", "Klaipėda"],
  ["Šiaulių Kūrybos Inkubatorius", "INCUBATOR", "LT", "Šiauliai"],
  ["Baltijos Kultūros Institutas", "CULTURAL_INSTITUTE", "LT", "Vilnius"],
  ["Stocznia Kreatywna Gdańsk", "HUB", "PL", "Gdańsk"],
  ["Wiślane Forum Przemysłów Kreatywnych", "NETWORK", "PL", "Warsaw"],
  ["Odrzański Klaster Wzornictwa", "CLUSTER", "PL", "Szczecin"],
  ["Krakowski Inkubator Kultury", "INCUBATOR", "PL", "Kraków"],
  ["Fundacja Bałtycki Dialog", "NGO", "PL", "Gdynia"],
  ["Bryggen Kreative Næringer", "AGENCY", "NO", "Bergen"],
  ["Grünerløkka Kulturhub", "HUB", "NO", "Oslo"],
  ["Nidaros Spillklynge", "CLUSTER", "NO", "Trondheim"],
  ["Tromsø Nordlys Kulturnettverk", "NETWORK", "NO", "Tromsø"],
  ["Ostsee Transfer Büro", "PUBLIC_BODY", "DE", "Lübeck"],
  ["Kaunas Kūrybinis Uostas", "NGO", "LT", "Kaunas"],
  ["Riga Sound Lab", "COMPANY", "LV", "Riga"],
  ["Helsingin Luovan Talouden Kamari", "CHAMBER", "FI", "Helsinki"],
];

const demoAccounts = [
  { email: "admin@demo.portolan.test", name: "Ada Admin", siteRole: "ADMIN", locale: "en" },
  { email: "moderator@demo.portolan.test", name: "Mona Moderator", siteRole: "MODERATOR", locale: "de" },
  { email: "orgadmin@demo.portolan.test", name: "Ole Orgadmin", siteRole: "USER", locale: "de" },
  { email: "member@demo.portolan.test", name: "Mia Member", siteRole: "USER", locale: "en" },
  { email: "outsider@demo.portolan.test", name: "Otto Outsider", siteRole: "USER", locale: "lt" },
] as const;

/**
 * Loads demo organisations and accounts into an empty database. Returns what
 * it created, or null when the database already has users (never overwrites).
 */
export async function seedDemoData(prisma: PrismaClient, { password }: { password: string }) {
  if ((await prisma.user.count()) > 0) return null;
  const passwordHash = await hashPassword(password);
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    await tx.organisation.createMany({
      data: demoOrganisations.map(([name, type, country, city]) => ({ name, type, country, city, slug: slug(name) })),
      skipDuplicates: true,
    });
    for (const a of demoAccounts) {
      await tx.user.create({ data: { ...a, passwordHash, emailVerifiedAt: now, consentAt: now } });
    }
    const org = await tx.organisation.findUniqueOrThrow({ where: { slug: slug(demoOrganisations[0][0]) } });
    const other = await tx.organisation.findUniqueOrThrow({ where: { slug: slug(demoOrganisations[27][0]) } });
    const user = (email: string) => tx.user.findUniqueOrThrow({ where: { email } });
    await tx.membership.createMany({
      data: [
        { orgId: org.id, userId: (await user("orgadmin@demo.portolan.test")).id, role: "ADMIN" },
        { orgId: org.id, userId: (await user("member@demo.portolan.test")).id, role: "MEMBER" },
        { orgId: other.id, userId: (await user("outsider@demo.portolan.test")).id, role: "ADMIN" },
      ],
    });
  });
  return { organisations: demoOrganisations.length, users: demoAccounts.length };
}
