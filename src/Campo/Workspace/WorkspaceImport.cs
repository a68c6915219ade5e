using System.Globalization;
using System.Security.Cryptography;
using Campo.Domain;
using Campo.Errors;
using DuckDB.NET.Data;

namespace Campo.Workspace;

/// <summary>What one import did.</summary>
/// <param name="Record">The import's provenance row.</param>
/// <param name="Replaced">The numbers of the earlier imports of the same file that it replaced.</param>
/// <param name="FirstRejections">The first refused rows (all of them are in the workspace's <c>rejections</c> table).</param>
public sealed record ImportOutcome(ImportRecord Record, IReadOnlyList<int> Replaced, IReadOnlyList<Rejection> FirstRejections);

/// <summary>
/// Imports one file into a workspace, in one transaction: the earlier import of a file of the same name and kind is
/// deleted with its rows (re-importing replaces, never duplicates), the file is read and validated row by row
/// (refused rows are recorded with their line and named reason, the others stored), rows repeating the key of an
/// earlier row of the file are refused as duplicated lines, and the provenance row is written last. Any error
/// that refuses the whole file (an unknown layout, a missing column) or stops the reading rolls everything back:
/// the workspace is left as it was.
/// </summary>
public static class WorkspaceImport
{
    /// <summary>How many refused rows an outcome carries for printing.</summary>
    public const int ShownRejections = 20;

    /// <summary>Imports a file.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="kind">The kind of file.</param>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it.</param>
    /// <param name="member">The member whose tariffs the file holds, for files that do not name it by ISO code; or null.</param>
    /// <param name="now">The time to record (UTC).</param>
    /// <exception cref="CampoException">The file is missing or refused as a whole; the workspace is unchanged.</exception>
    public static ImportOutcome Import(WorkspaceDb workspace, ImportKind kind, string path, string displayName, MemberId? member, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CampoException(Messages.Text(Messages.Workspace_NoFile), Messages.Text(Messages.Workspace_NoFileFix), new SourceLocation(displayName));
        }

        var fileName = System.IO.Path.GetFileName(path);
        var (sha, bytes) = Hash(path);
        using var transaction = workspace.Connection.BeginTransaction();
        try
        {
            var replaced = new List<int>();
            using (var command = workspace.Command("SELECT import_id FROM imports WHERE kind = $kind AND file_name = $name ORDER BY import_id", ("kind", ImportKinds.Name(kind)), ("name", fileName)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    replaced.Add(reader.GetInt32(0));
                }
            }

            foreach (var old in replaced)
            {
                foreach (var table in WorkspaceDb.DataTables.Append("rejections").Append("imports"))
                {
                    workspace.Execute("DELETE FROM " + table + " WHERE import_id = $id", ("id", old));
                }
            }

            var id = Convert.ToInt32(workspace.Scalar("SELECT coalesce(max(import_id), 0) + 1 FROM imports"), CultureInfo.InvariantCulture);
            var context = new ImportContext(workspace, id, path, displayName, member);
            var keys = kind switch
            {
                ImportKind.Wits => WitsImporter.Read(context),
                ImportKind.WtoTtd => TtdImporter.Read(context),
                ImportKind.Faostat => FaostatImporter.Read(context),
                _ => BaciImporter.Read(context),
            };

            foreach (var (table, columns) in keys)
            {
                RejectDuplicates(context, table, columns);
            }

            WriteRejections(context);
            var imported = WorkspaceDb.DataTables.Sum(t => Convert.ToInt64(workspace.Scalar("SELECT count(*) FROM " + t + " WHERE import_id = $id", ("id", id)), CultureInfo.InvariantCulture));
            var record = new ImportRecord(id, kind, fileName, path, sha, bytes, now, context.Layout, ImportKinds.Licence(kind), context.RowsRead, imported, context.Rejections.Count, string.Join(" | ", context.Notes));
            workspace.Execute(
                "INSERT INTO imports VALUES ($id, $kind, $name, $path, $sha, $bytes, $at, $layout, $licence, $read, $imported, $rejected, $notes)",
                ("id", id),
                ("kind", ImportKinds.Name(kind)),
                ("name", fileName),
                ("path", path),
                ("sha", sha),
                ("bytes", bytes),
                ("at", now),
                ("layout", record.Layout),
                ("licence", record.Licence),
                ("read", record.RowsRead),
                ("imported", imported),
                ("rejected", (long)context.Rejections.Count),
                ("notes", record.Notes));
            transaction.Commit();
            var first = context.Rejections.OrderBy(r => r.Line ?? 0).Take(ShownRejections).ToList();
            return new ImportOutcome(record, replaced, first);
        }
        catch (DuckDBException exception)
        {
            transaction.Rollback();
            throw new CampoException(Messages.Fill(Messages.Workspace_RowsRefused, exception.Message.Split('\n')[0]), Messages.Text(Messages.Workspace_RowsRefusedFix), new SourceLocation(displayName), exception);
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    /// <summary>Refuses the rows of this import that repeat the key of an earlier row (the first one stays).</summary>
    private static void RejectDuplicates(ImportContext context, string table, string[] key)
    {
        var workspace = context.Workspace;
        var columns = string.Join(", ", key);
        var groups = Convert.ToInt64(workspace.Scalar("SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE import_id = $id GROUP BY " + columns + " HAVING count(*) > 1)", ("id", context.ImportId)), CultureInfo.InvariantCulture);
        if (groups == 0)
        {
            return;
        }

        var sql = "SELECT line, first_line FROM (SELECT line, min(line) OVER (PARTITION BY " + columns + ") AS first_line FROM " + table + " WHERE import_id = $id) WHERE line <> first_line ORDER BY line";
        var duplicates = new HashSet<long>();
        using (var command = workspace.Command(sql, ("id", context.ImportId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var line = reader.GetInt64(0);
                if (!duplicates.Add(line))
                {
                    continue;
                }

                context.Reject(line, RejectReason.DuplicatedLine, columns, "the same " + columns + " as line " + reader.GetInt64(1).ToString(CultureInfo.InvariantCulture) + "; the first is kept");
            }
        }

        workspace.Execute("CREATE OR REPLACE TEMP TABLE campo_duplicates (line BIGINT)");
        using (var appender = workspace.Connection.CreateAppender("campo_duplicates"))
        {
            foreach (var line in duplicates)
            {
                appender.CreateRow().AppendValue((long?)line).EndRow();
            }
        }

        workspace.Execute("DELETE FROM " + table + " WHERE import_id = $id AND line IN (SELECT line FROM campo_duplicates)", ("id", context.ImportId));
        workspace.Execute("DROP TABLE campo_duplicates");
    }

    private static void WriteRejections(ImportContext context)
    {
        using var appender = context.Workspace.Connection.CreateAppender("rejections");
        foreach (var r in context.Rejections)
        {
            appender.CreateRow()
                .AppendValue((int?)context.ImportId)
                .AppendValue(r.Line)
                .AppendValue(RejectReasons.Name(r.Reason))
                .AppendValue(r.Field)
                .AppendValue(r.Detail)
                .EndRow();
        }
    }

    private static (string Sha, long Bytes) Hash(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }
}
