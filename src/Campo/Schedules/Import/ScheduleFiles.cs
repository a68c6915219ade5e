using Campo.Domain;

namespace Campo.Schedules.Import;

/// <summary>Reads a member's schedule from a file, choosing the format by its extension: <c>.json</c> is WITS SDMX-JSON, anything else the schedule CSV.</summary>
public static class ScheduleFiles
{
    /// <summary>Reads a schedule file.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it.</param>
    /// <param name="member">The member whose schedule it is.</param>
    /// <returns>The schedule, and for WITS files the reporter the file names (otherwise null).</returns>
    /// <exception cref="Errors.CampoException">The file is missing or invalid.</exception>
    public static (MemberSchedule Schedule, WitsSchedule? Wits) Read(string path, string displayName, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var wits = WitsSdmxReader.ReadFile(path, displayName, member);
            return (wits.Schedule, wits);
        }

        return (ScheduleCsvReader.ReadFile(path, displayName, member), null);
    }
}
