using System.Text;
using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Data;

/// <summary>
/// Loads and validates a dataset: the default embedded in the library (data/default/*.csv, resources named
/// <c>Campo.Data.Default.&lt;file&gt;</c>) or a user's folder with the same files. Validation rejects negative
/// quantities, balances that do not add up (see <see cref="BalanceToleranceThousandTonnes"/>), elasticities of the
/// wrong sign and unknown regions or commodities, naming file, line, column, region, commodity and field.
/// </summary>
/// <remarks>
/// EUN's quantities are sums over the EU-25 member states, so its gross imports and exports double-count intra-EU
/// trade; its net trade is right.
/// </remarks>
public static class DatasetLoader
{
    /// <summary>The absolute part of the balance tolerance, in thousand tonnes: the files round quantities to 0.001 kt.</summary>
    public const double BalanceToleranceThousandTonnes = 0.01;

    /// <summary>The relative part of the balance tolerance, a fraction of the largest flow of the balance.</summary>
    public const double BalanceToleranceRelative = 1e-6;

    private const string DefaultOrigin = DefaultOriginName;

    /// <summary>The origin of the embedded default dataset (<see cref="Dataset.Origin"/>).</summary>
    internal const string DefaultOriginName = "embedded default";
    private static readonly Lazy<Dataset> Default = new(() => LoadEmbedded(snapshot: true));

    /// <summary>
    /// The default dataset embedded in the library, loaded and validated once per process, then shared. It is read
    /// from the binary snapshot of the embedded files (<see cref="DatasetSnapshot"/>), built on first use and cached,
    /// through the same readers and validation as the CSV files.
    /// </summary>
    public static Dataset LoadDefault() => Default.Value;

    /// <summary>The embedded dataset read from its snapshot (cached, or built) or from the CSV text.</summary>
    /// <param name="snapshot">True to read through the snapshot cache; false to tokenise and parse the CSV files.</param>
    internal static Dataset LoadEmbedded(bool snapshot)
    {
        Dictionary<string, CsvTable>? tables = null;
        if (snapshot)
        {
            using var timing = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.DataLoad);
            tables = DatasetSnapshot.Tables(DefaultLabel);
        }

        if (tables is not null)
        {
            return FromTables(DefaultOrigin, tables);
        }

        return Read(DefaultOrigin, (file, columns) => Parse(DatasetSnapshot.Open(file), DefaultLabel(file), columns), DefaultLabel, lazy: true);
    }

    /// <summary>The embedded dataset read from a snapshot image (<see cref="DatasetSnapshot.Build"/>).</summary>
    internal static Dataset LoadSnapshot(byte[] image) => FromTables(DefaultOrigin, CsvSnapshot.Read(image, DefaultLabel));

    private static Dataset FromTables(string origin, Dictionary<string, CsvTable> tables) =>
        Read(origin, (file, columns) => tables.GetValueOrDefault(file)?.Require(columns), DefaultLabel, lazy: true);

    private static string DefaultLabel(string file) => "data/default/" + file;

    private static CsvTable? Parse(TextReader? reader, string label, string[] columns)
    {
        using (reader)
        {
            return reader is null ? null : CsvTable.Read(reader, label, columns);
        }
    }

    /// <summary>Loads and validates a dataset folder in the default's format (the files listed in <see cref="DatasetFiles.All"/>).</summary>
    /// <param name="folder">The folder.</param>
    /// <exception cref="CampoException">A file is missing or a value is invalid; the message names file, line, column and field.</exception>
    public static Dataset Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new CampoException(Messages.Fill(Messages.Data_FolderMissing, folder), Messages.Text(Messages.Data_FolderMissingFix));
        }

        string Label(string file) => Path.Combine(folder, file);
        return Read(folder, (file, columns) => Parse(File.Exists(Label(file)) ? new StreamReader(Label(file), Encoding.UTF8) : null, Label(file), columns), Label, lazy: false);
    }

    /// <summary>The support tables are optional: a folder without them has no notified figures (the results say so).</summary>
    private static SupportTables ReadSupport(Func<string, string[], CsvTable?> table, HashSet<Domain.CommodityId> commodities)
    {
        var notified = table(SupportTables.NotifiedFile, SupportReader.NotifiedColumns);
        var programmes = table(SupportTables.ProgrammesFile, SupportReader.ProgrammeColumns);
        var exports = table(SupportTables.ExportSubsidiesFile, SupportReader.ExportColumns);
        return new SupportTables(
            notified is null ? [] : SupportReader.Notified(notified),
            programmes is null ? [] : SupportReader.Programmes(programmes, commodities),
            exports is null ? [] : SupportReader.ExportSubsidies(exports, commodities));
    }

    /// <summary>Reads and validates the dataset from its tables.</summary>
    /// <param name="origin">Where it comes from.</param>
    /// <param name="table">A file's table with the given columns checked, or null when there is no such file.</param>
    /// <param name="label">The file name shown in messages.</param>
    /// <param name="lazy">True to read the larger tables on first use (the embedded default, whose files are fixed at build time); false to read and validate every table now (a user's folder).</param>
    private static Dataset Read(string origin, Func<string, string[], CsvTable?> table, Func<string, string> label, bool lazy)
    {
        using var timing = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.DataLoad);
        Lazy<T> Lazy<T>(Func<T> read) => new(read);
        Lazy<T> Timed<T>(Func<T> read) => new(() =>
        {
            // A large table read on first use counts as data load, nested in the phase that first uses it.
            using var loading = lazy ? Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.DataLoad) : null;
            return read();
        });

        CsvTable Table(string file, params string[] columns)
        {
            return table(file, columns) ?? throw new CampoException(Messages.Fill(Messages.Data_FileMissing, file), Messages.Text(Messages.Data_FileMissingFix), new SourceLocation(label(file)));
        }

        var assumptions = TableReaders.Assumptions(Table(DatasetFiles.Assumptions, "key", "text"));
        var regions = TableReaders.Regions(Table(DatasetFiles.Regions, "code", "name", "impact_regions", "countries"));
        var regionCodes = regions.Select(r => r.Id).ToHashSet();
        var periods = TableReaders.Periods(Table(DatasetFiles.MemberPeriods, "code", "kind", "from", "to", "source", "reliability"));
        var members = TableReaders.Members(Table(DatasetFiles.Members, "code", "wto_name", "name_en", "name_es", "name_fr", "name_pt", "accession", "original", "region", "relation", "region_note", "developed_assumption"), periods, regionCodes);
        var coalitions = TableReaders.Coalitions(
            Table(DatasetFiles.Coalitions, "code", "name", "vintage", "vintage_date", "source"),
            Table(DatasetFiles.CoalitionMembers, "coalition", "code", "name_in_source", "wto_member", "note"));
        var commodities = TableReaders.Commodities(Table(DatasetFiles.Commodities, "code", "name", "kind", "fao_items", "hs_headings", "world_price_usd_per_t"));
        var commodityCodes = commodities.Select(c => c.Id).ToHashSet();
        var tables = new DatasetTables
        {
            Base = Timed(() => new BaseTable(BaseReader.Read(Table(DatasetFiles.Base, BaseReader.Columns), regionCodes, commodityCodes))),
            CrossPrice = Timed<IReadOnlyList<CrossPriceElasticity>>(() => BaseReader.ReadCross(Table(DatasetFiles.CrossElasticities, "region", "commodity", "price_of", "value"), regionCodes, commodityCodes)),
            TariffFacts = Lazy<IReadOnlyList<TariffFact>>(() => TableReaders.TariffFacts(Table(DatasetFiles.TariffFacts, "member", "commodity", "product", "hs", "bound_pct", "applied_pct", "in_quota_pct", "quota_t", "specific_duty", "year", "source"), commodityCodes)),
            BoundAverages = Lazy<IReadOnlyList<BoundAverage>>(() => BoundRates.Read(Table(DatasetFiles.BoundAverages, BoundRates.Columns))),
            Faostat = Timed<IReadOnlyList<FaostatSeries>>(() => TableReaders.Faostat(Table(DatasetFiles.Faostat, "area", "item_code", "item", "element"))),
            Prices = Lazy<IReadOnlyList<PriceSeries>>(() => TableReaders.Prices(Table(DatasetFiles.Prices, "name", "description", "unit"))),
            CornCosts = Lazy<IReadOnlyList<CornCostsAndReturns>>(() => TableReaders.CornCosts(Table(DatasetFiles.CornCosts, TableReaders.CornCostColumns))),
            Deflators = Lazy<IReadOnlyList<PriceSeries>>(() => TableReaders.Prices(Table(DatasetFiles.Deflators, "name", "description", "unit"))),
            Support = Lazy(() => ReadSupport(table, commodityCodes)),
        };
        var dataset = new Dataset(origin, members, regions, coalitions, commodities, assumptions, lazy ? tables : tables.Force());
        return dataset;
    }
}
