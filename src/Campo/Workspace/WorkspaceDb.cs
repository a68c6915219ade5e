using System.Globalization;
using Campo.Errors;
using DuckDB.NET.Data;

namespace Campo.Workspace;

/// <summary>
/// A workspace: one DuckDB file holding the files a user imported, each with its provenance (file, date, licence
/// note, row counts) in the <c>imports</c> table, the rows it refused in <c>rejections</c>, and its rows in one table
/// per kind of data (<c>tariff_lines</c>, <c>tariff_averages</c>, <c>faostat</c>, <c>flows</c>, <c>countries</c>).
/// Every row carries the <c>import_id</c> of the file it came from, so a user can query the workspace in SQL with any
/// DuckDB client and always know where a figure comes from (docs/data-import.md lists the tables and columns).
/// A workspace is I/O: the engines never read it; the commands turn it into schedules, dataset overlays and gravity
/// tables (<see cref="WorkspaceSchedules"/>, <see cref="WorkspaceTariffs"/>, <see cref="WorkspaceGravity"/>).
/// </summary>
public sealed class WorkspaceDb : IDisposable
{
    /// <summary>The file extension that marks a workspace on the command line (<c>--data ws.duckdb</c>).</summary>
    public const string Extension = ".duckdb";

    /// <summary>The version of the tables below; a workspace written by another version is refused.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The tables, created when missing. Types are DuckDB's.</summary>
    internal static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS campo_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE TABLE IF NOT EXISTS imports (import_id INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, file_name VARCHAR NOT NULL, file_path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, bytes BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL, layout VARCHAR NOT NULL, licence VARCHAR NOT NULL, rows_read BIGINT NOT NULL, rows_imported BIGINT NOT NULL, rows_rejected BIGINT NOT NULL, notes VARCHAR)",
        "CREATE TABLE IF NOT EXISTS rejections (import_id INTEGER NOT NULL, line BIGINT, reason VARCHAR NOT NULL, field VARCHAR, detail VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tariff_lines (import_id INTEGER NOT NULL, line BIGINT, member VARCHAR NOT NULL, year INTEGER NOT NULL, nomenclature VARCHAR, hs VARCHAR NOT NULL, description VARCHAR, rate_kind VARCHAR NOT NULL, ad_valorem_percent DOUBLE, duty_text VARCHAR, national_lines INTEGER, min_percent DOUBLE, max_percent DOUBLE, quota_tonnes DOUBLE, in_quota_percent DOUBLE, hs6_average BOOLEAN NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tariff_averages (import_id INTEGER NOT NULL, line BIGINT, member VARCHAR, reporter_code VARCHAR, reporter_name VARCHAR, year INTEGER NOT NULL, classification VARCHAR, product_code VARCHAR NOT NULL, product_label VARCHAR, duty_scheme VARCHAR, simple_average_percent DOUBLE, trade_weighted_percent DOUBLE, duty_free_share DOUBLE)",
        "CREATE TABLE IF NOT EXISTS faostat (import_id INTEGER NOT NULL, line BIGINT, area_code INTEGER NOT NULL, area VARCHAR, item_code INTEGER NOT NULL, item VARCHAR, element VARCHAR NOT NULL, unit VARCHAR, year INTEGER NOT NULL, value DOUBLE, flag VARCHAR)",
        "CREATE TABLE IF NOT EXISTS flows (import_id INTEGER NOT NULL, line BIGINT, year INTEGER NOT NULL, exporter INTEGER NOT NULL, importer INTEGER NOT NULL, hs6 VARCHAR NOT NULL, value_kusd DOUBLE NOT NULL, quantity_t DOUBLE)",
        "CREATE TABLE IF NOT EXISTS countries (import_id INTEGER NOT NULL, line BIGINT, code INTEGER NOT NULL, iso3 VARCHAR, name VARCHAR)",
    ];

    /// <summary>The tables that hold imported rows (each has <c>import_id</c>).</summary>
    internal static readonly string[] DataTables = ["tariff_lines", "tariff_averages", "faostat", "flows", "countries"];

    private WorkspaceDb(DuckDBConnection connection, string path, string displayName)
    {
        Connection = connection;
        Path = path;
        DisplayName = displayName;
    }

    /// <summary>The open connection.</summary>
    internal DuckDBConnection Connection { get; }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The file as the user named it.</summary>
    public string DisplayName { get; }

    /// <summary>True when a <c>--data</c> value names a workspace file rather than a dataset folder.</summary>
    /// <param name="value">The value as typed.</param>
    public static bool IsWorkspace(string? value) =>
        value is not null && value.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a workspace, creating the file and its tables when <paramref name="create"/> is true.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it.</param>
    /// <param name="create">Create the file when it does not exist (imports); otherwise a missing file is an error (reads).</param>
    /// <exception cref="CampoException">The file is missing, not a DuckDB database, locked by another process, or of another schema version.</exception>
    public static WorkspaceDb Open(string path, string displayName, bool create)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new CampoException(Messages.Fill(Messages.Workspace_Extension, Extension), Messages.Text(Messages.Workspace_ExtensionFix), new SourceLocation(displayName));
        }

        if (!create && !File.Exists(path))
        {
            throw new CampoException(Messages.Text(Messages.Workspace_None), Messages.Fill(Messages.Workspace_NoneFix, displayName), new SourceLocation(displayName));
        }

        var folder = System.IO.Path.GetDirectoryName(path);
        if (create && folder is { Length: > 0 } && !Directory.Exists(folder))
        {
            throw new CampoException(Messages.Text(Messages.Workspace_NoFolder), Messages.Text(Messages.Workspace_NoFolderFix), new SourceLocation(displayName));
        }

        DuckDBConnection? connection = null;
        try
        {
            // Reads open the file read-only: several commands can read one workspace at once, and a query cannot change it.
            connection = new DuckDBConnection("Data Source=" + path + (create ? string.Empty : ";ACCESS_MODE=READ_ONLY"));
            connection.Open();
            var workspace = new WorkspaceDb(connection, path, displayName);
            workspace.EnsureSchema(create);
            connection = null;
            return workspace;
        }
        catch (DuckDBException exception)
        {
            throw new CampoException(Messages.Fill(Messages.Workspace_CannotOpen, FirstLine(exception.Message)), Messages.Text(Messages.Workspace_CannotOpenFix), new SourceLocation(displayName), exception);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>Runs a statement.</summary>
    internal int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query returning one value.</summary>
    internal object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>A command with named parameters (<c>$name</c> in the SQL).</summary>
    internal DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>Every import, oldest first.</summary>
    public IReadOnlyList<ImportRecord> Imports()
    {
        using var command = Command("SELECT import_id, kind, file_name, file_path, sha256, bytes, imported_at, layout, licence, rows_read, rows_imported, rows_rejected, notes FROM imports ORDER BY import_id");
        using var reader = command.ExecuteReader();
        var list = new List<ImportRecord>();
        while (reader.Read())
        {
            list.Add(new ImportRecord(
                reader.GetInt32(0),
                ImportKinds.Parse(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetInt64(5),
                DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc),
                reader.GetString(7),
                reader.GetString(8),
                reader.GetInt64(9),
                reader.GetInt64(10),
                reader.GetInt64(11),
                reader.IsDBNull(12) ? string.Empty : reader.GetString(12)));
        }

        return list;
    }

    /// <summary>The rows an import refused, in line order (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<Rejection> Rejections(int importId, int limit = int.MaxValue)
    {
        using var command = Command("SELECT line, reason, field, detail FROM rejections WHERE import_id = $id ORDER BY line NULLS FIRST LIMIT $limit", ("id", importId), ("limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<Rejection>();
        while (reader.Read())
        {
            list.Add(new Rejection(
                reader.IsDBNull(0) ? null : reader.GetInt64(0),
                RejectReasons.Parse(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3)));
        }

        return list;
    }

    /// <summary>The number of rows of each data table.</summary>
    public IReadOnlyList<(string Table, long Rows)> TableCounts() =>
        DataTables.Select(t => (t, Convert.ToInt64(Scalar("SELECT count(*) FROM " + t), CultureInfo.InvariantCulture))).ToList();

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    private void EnsureSchema(bool create)
    {
        var hasMeta = Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'campo_meta'"), CultureInfo.InvariantCulture) > 0;
        if (!hasMeta)
        {
            var tables = Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables"), CultureInfo.InvariantCulture);
            if (tables > 0 || !create)
            {
                throw new CampoException(Messages.Text(Messages.Workspace_NotCampo), Messages.Text(Messages.Workspace_NotCampoFix), new SourceLocation(DisplayName));
            }
        }
        else
        {
            var version = Scalar("SELECT value FROM campo_meta WHERE key = 'schema_version'") as string;
            if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw new CampoException(Messages.Fill(Messages.Workspace_SchemaVersion, version ?? Messages.Text(Messages.Workspace_SchemaNone), SchemaVersion.ToString(CultureInfo.InvariantCulture)), Messages.Text(Messages.Workspace_SchemaVersionFix), new SourceLocation(DisplayName));
            }

            return;
        }

        foreach (var statement in Schema)
        {
            Execute(statement);
        }

        Execute("INSERT INTO campo_meta VALUES ('schema_version', $v), ('written_by', 'campo')", ("v", SchemaVersion.ToString(CultureInfo.InvariantCulture)));
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
