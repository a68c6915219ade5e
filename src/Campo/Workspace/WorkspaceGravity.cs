using System.Globalization;
using Campo.Errors;
using Campo.Gravity.Data;
using DuckDB.NET.Data;

namespace Campo.Workspace;

/// <summary>
/// A gravity panel read from a workspace: a table or view, or the result of a query (for example BACI flows summed
/// to exporter, importer and year, joined to distances the user imported), into the same in-memory
/// <see cref="GravityTable"/> the CSV and Parquet readers build, so a BACI-sized panel never goes through a text file.
/// Numeric columns (integers, decimals, doubles, booleans as 0/1) become numbers with NaN where missing; text columns
/// text; a column of another type (dates, lists) is refused with its name. Rows are numbered from 1 in the order the
/// query returns them (a table's rows in insertion order).
/// </summary>
public static class WorkspaceGravity
{
    /// <summary>Reads a table or view.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="table">The table or view's name.</param>
    /// <exception cref="CampoException">No such table, a column of an unsupported type, or more rows than a panel holds.</exception>
    public static GravityTable ReadTable(WorkspaceDb workspace, string table)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(table);
        var exists = Convert.ToInt64(workspace.Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = $name", ("name", table)), CultureInfo.InvariantCulture) > 0;
        if (!exists)
        {
            var names = new List<string>();
            using (var command = workspace.Command("SELECT table_name FROM information_schema.tables WHERE table_name <> 'campo_meta' ORDER BY table_name"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            throw new CampoException(Messages.Fill(Messages.Workspace_NoTable, table), Messages.Fill(Messages.Workspace_HasTables, string.Join(", ", names)), new SourceLocation(workspace.DisplayName, Field: "--table"));
        }

        return ReadQuery(workspace, "SELECT * FROM \"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", workspace.DisplayName + ":" + table);
    }

    /// <summary>Reads the result of a query.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="sql">A SELECT statement.</param>
    /// <param name="source">The name used in messages.</param>
    /// <exception cref="CampoException">The query fails, a column has an unsupported type, or more rows than a panel holds.</exception>
    public static GravityTable ReadQuery(WorkspaceDb workspace, string sql, string source)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        try
        {
            var count = Convert.ToInt64(workspace.Scalar("SELECT count(*) FROM (" + sql + ")"), CultureInfo.InvariantCulture);
            if (count > Array.MaxLength)
            {
                throw new CampoException(Messages.Fill(Messages.Workspace_TooManyRows, count.ToString(CultureInfo.InvariantCulture)), Messages.Text(Messages.Workspace_TooManyRowsFix), new SourceLocation(source));
            }

            var rows = (int)count;
            using var command = workspace.Command(sql);
            using var reader = command.ExecuteReader();
            var fields = reader.FieldCount;
            var kinds = new Kind[fields];
            var numbers = new double[]?[fields];
            var texts = new string?[]?[fields];
            for (var f = 0; f < fields; f++)
            {
                kinds[f] = KindOf(reader.GetFieldType(f), reader.GetName(f), source);
                if (kinds[f] == Kind.Text)
                {
                    texts[f] = new string?[rows];
                }
                else
                {
                    numbers[f] = new double[rows];
                }
            }

            var row = 0;
            while (reader.Read() && row < rows)
            {
                for (var f = 0; f < fields; f++)
                {
                    if (reader.IsDBNull(f))
                    {
                        if (numbers[f] is { } n)
                        {
                            n[row] = double.NaN;
                        }

                        continue;
                    }

                    switch (kinds[f])
                    {
                        case Kind.Double:
                            numbers[f]![row] = reader.GetDouble(f);
                            break;
                        case Kind.Int:
                            numbers[f]![row] = reader.GetInt32(f);
                            break;
                        case Kind.Long:
                            numbers[f]![row] = reader.GetInt64(f);
                            break;
                        case Kind.Other:
                            numbers[f]![row] = Convert.ToDouble(reader.GetValue(f), CultureInfo.InvariantCulture);
                            break;
                        default:
                            texts[f]![row] = reader.GetString(f);
                            break;
                    }
                }

                row++;
            }

            var numeric = new Dictionary<string, double[]>(StringComparer.Ordinal);
            var text = new Dictionary<string, string?[]>(StringComparer.Ordinal);
            for (var f = 0; f < fields; f++)
            {
                var name = reader.GetName(f);
                if (numeric.ContainsKey(name) || text.ContainsKey(name))
                {
                    throw new CampoException(Messages.Fill(Messages.Schedule_ColumnTwice, name), Messages.Text(Messages.Workspace_ColumnTwiceFix), new SourceLocation(source, Field: name));
                }

                if (numbers[f] is { } n)
                {
                    numeric[name] = n;
                }
                else
                {
                    text[name] = texts[f]!;
                }
            }

            return GravityTable.FromColumns(source, numeric, text);
        }
        catch (DuckDBException exception)
        {
            throw new CampoException(Messages.Fill(Messages.Workspace_QueryRefused, exception.Message.Split('\n')[0]), Messages.Text(Messages.Workspace_QueryRefusedFix), new SourceLocation(source), exception);
        }
    }

    private static Kind KindOf(Type type, string name, string source)
    {
        if (type == typeof(double) || type == typeof(float))
        {
            return Kind.Double;
        }

        if (type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort))
        {
            return Kind.Int;
        }

        if (type == typeof(long) || type == typeof(uint))
        {
            return Kind.Long;
        }

        if (type == typeof(decimal) || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger) || type == typeof(bool) || type == typeof(Int128) || type == typeof(UInt128))
        {
            return Kind.Other;
        }

        if (type == typeof(string))
        {
            return Kind.Text;
        }

        throw new CampoException(Messages.Fill(Messages.Workspace_ColumnType, name, type.Name), Messages.Text(Messages.Workspace_ColumnTypeFix), new SourceLocation(source, Field: name));
    }

    private enum Kind
    {
        Double,
        Int,
        Long,
        Other,
        Text,
    }
}
