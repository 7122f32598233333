using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Statements;

namespace PolicyTracker.Bench;

/// <summary>
/// Fills a database (already holding the sample data) with generated published records: events, meetings,
/// statements and questions over 1990–2030 at every date precision, each citing one to three of 200 sources, linked
/// to an agreement, most naming a person and some a country, as the sample records do. One record in a thousand
/// mentions "kauri", so searches can be timed for a rare word and a common one.
/// </summary>
public static class RecordGenerator
{
    private static readonly string[] Words =
    [
        "supply", "chain", "resilience", "defence", "industrial", "base", "partnership", "ministers", "officials",
        "briefing", "agreement", "technology", "interoperability", "production", "missiles", "drones", "shipyards",
        "sustainment", "repair", "policy", "optimisation", "dialogue", "statement", "principles", "consortium",
        "procurement", "exports", "regulation", "barriers", "market", "access", "capability", "hypersonic",
        "satellite", "space", "cyber", "maritime", "logistics", "training", "exercise", "summit", "wellington",
        "canberra", "washington", "honolulu", "singapore", "tokyo", "seoul", "ottawa", "london", "pacific",
    ];

    public static async Task<IReadOnlyList<string>> FillAsync(Func<PolicyTrackerDbContext> createContext, int count, int seed = 42)
    {
        var random = new Random(seed);
        const int sourceCount = 200;
        Guid[] agreementIds;
        Guid[] speakerIds;
        var sourceIds = new List<Guid>();
        await using (var db = createContext())
        {
            agreementIds = await db.Set<Agreement>().Select(a => a.Id).ToArrayAsync();
            speakerIds = await db.People.Select(p => p.Id).ToArrayAsync();
            for (var i = 0; i < sourceCount; i++)
            {
                var source = new Source
                {
                    Slug = $"generated-source-{i}",
                    Title = $"Generated report {i} on {Phrase(random, 4)}",
                    Outlet = "Bench Outlet",
                    SourceKind = SourceKind.NewsArticle,
                    Url = $"https://example.org/report/{i}",
                    Published = FuzzyDate.InYear(2000 + (i % 25)),
                    Reliability = (Reliability)(i % 3),
                    ReliabilityReason = "Generated for the benchmark.",
                    State = PublicationState.Published,
                };
                db.Sources.Add(source);
                sourceIds.Add(source.Id);
            }

            await db.SaveChangesAsync();
        }

        var slugs = new List<string>(count);
        const int batch = 2000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = createContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var agreements = await db.Set<Agreement>().ToListAsync();
            var people = await db.People.ToListAsync();
            var countries = await db.Countries.ToListAsync();
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var record = NewRecord(random, i, speakerIds);
                record.Slug = $"generated-{record.Kind.ToString().ToLowerInvariant()}-{i}";
                record.Title = Capitalise(Phrase(random, 6)) + (i % 1000 == 0 ? " near the kauri" : "");
                record.Summary = Capitalise(Phrase(random, 30)) + ".";
                record.Date = RandomDate(random);
                record.State = PublicationState.Published;
                foreach (var source in Enumerable.Range(0, 1 + random.Next(3)).Select(_ => sourceIds[random.Next(sourceIds.Count)]).Distinct())
                {
                    record.Citations.Add(new Citation { SourceId = source, Pinpoint = Phrase(random, 8) });
                }

                record.Agreements.Add(agreements[random.Next(agreements.Count)]);
                if (random.Next(4) != 0)
                {
                    record.People.Add(people[random.Next(people.Count)]);
                }

                if (random.Next(3) == 0)
                {
                    record.Countries.Add(countries[random.Next(countries.Count)]);
                }

                db.Records.Add(record);
                slugs.Add(record.Slug);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        return slugs;
    }

    /// <summary>The records an earlier <see cref="FillAsync"/> made, when the bench measures a kept database again.</summary>
    public static async Task<IReadOnlyList<string>> GeneratedSlugsAsync(PolicyTrackerDbContext db)
    {
        await using (db)
        {
            return await db.Records.Where(r => r.Slug.StartsWith("generated-")).Select(r => r.Slug).ToListAsync();
        }
    }

    private static TrackedRecord NewRecord(Random random, int i, Guid[] speakerIds) => (i % 4) switch
    {
        3 => new Question
        {
            AskedBy = "A member of Parliament",
            AskedOfId = speakerIds[random.Next(speakerIds.Length)],
            QuestionText = Capitalise(Phrase(random, 16)) + "?",
            Response = (QuestionResponse)(i / 4 % 3), // never Referred, which names whom to
        },
        0 => new Event { EventKind = (EventKind)(i % 7) },
        1 => new Meeting { MeetingKind = (MeetingKind)(i % 6), Place = "Wellington", Count = i % 10 == 0 ? 1 + i % 40 : null },
        _ => new Statement
        {
            Mode = StatementMode.Quotation,
            Text = Capitalise(Phrase(random, 20)) + ".",
            SpeakerId = speakerIds[random.Next(speakerIds.Length)],
            SpeakerRole = "Minister",
        },
    };

    private static FuzzyDate RandomDate(Random random)
    {
        var year = random.Next(1990, 2031);
        return random.Next(6) switch
        {
            0 => FuzzyDate.OnDay(year, random.Next(1, 13), random.Next(1, 29)),
            1 => FuzzyDate.InMonth(year, random.Next(1, 13), approximate: random.Next(4) == 0),
            2 => FuzzyDate.InQuarter(year, random.Next(1, 5)),
            3 => FuzzyDate.InPartOfYear(year, (YearPart)random.Next(1, 4)),
            4 => FuzzyDate.InYear(year),
            _ => random.Next(20) == 0 ? FuzzyDate.Unknown : FuzzyDate.InYear(year, approximate: true),
        };
    }

    private static string Phrase(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
