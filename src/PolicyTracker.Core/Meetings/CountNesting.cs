using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Meetings;

/// <summary>
/// A counted meeting may be part of another count (3 + 5 + 7 + 5 + 3 of "23 meetings since 2024"): the whole must be
/// a count, and its parts together may not exceed it unless it is a floor ("over 30"). Checked from either side:
/// saving a part against the whole and its other parts, and saving the whole against its parts.
/// </summary>
internal static class CountNesting
{
    /// <summary>The counts a meeting can be part of, "Title (count)", for the editor's "part of" picker.</summary>
    public static Task<List<Choice>> WholesAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Set<Meeting>().AsNoTracking().Where(m => m.Count != null).OrderBy(m => m.Title)
            .Select(m => new Choice(m.Id, m.Title + " (" + m.Count + ")", m.State)).ToListAsync(cancellationToken);

    public static async Task CheckAsync(
        PolicyTrackerDbContext db, IRecordLinks links, RecordContent content, Guid recordId, ValidationProblems problems, CancellationToken cancellationToken)
    {
        if (content.Fields is not MeetingFields meeting)
        {
            return;
        }

        if (meeting.Count is { } count && !meeting.CountIsMinimum)
        {
            var parts = await PartsTotalAsync(db, recordId, except: null, cancellationToken);
            if (parts > count)
            {
                problems.Add("Count", $"The counts recorded as parts of this one add up to {parts}, more than its {count}.");
            }
        }

        if (meeting.PartOfId is not { } wholeId || wholeId == recordId)
        {
            return;
        }

        if ((await links.FindAsync<Meeting>([wholeId], cancellationToken)).Count == 0)
        {
            problems.Add("Part of", "The count this is part of was not found; choose a counted meeting.");
            return;
        }

        // The whole as stored. A whole that arrives in the same dataset file as its parts is not stored yet; the
        // file's own parts are then not summed, and the next save of any of them is checked.
        var whole = await db.Set<Meeting>().AsNoTracking().Where(m => m.Id == wholeId)
            .Select(m => new { m.Title, m.Count, m.CountIsMinimum }).SingleOrDefaultAsync(cancellationToken);
        if (whole is null)
        {
            return;
        }

        if (whole.Count is not { } wholeCount)
        {
            problems.Add("Part of", $"\"{whole.Title}\" is a single meeting, not a count; a count can only be part of another count.");
            return;
        }

        var total = await PartsTotalAsync(db, wholeId, except: recordId, cancellationToken) + (meeting.Count ?? 1);
        if (!whole.CountIsMinimum && total > wholeCount)
        {
            problems.Add("Count", $"With this one, the parts of \"{whole.Title}\" add up to {total}, more than its {wholeCount}.");
        }
    }

    private static async Task<int> PartsTotalAsync(PolicyTrackerDbContext db, Guid wholeId, Guid? except, CancellationToken cancellationToken) =>
        await db.Set<Meeting>().Where(m => m.PartOfId == wholeId && m.Id != except).SumAsync(m => m.Count ?? 1, cancellationToken);
}
