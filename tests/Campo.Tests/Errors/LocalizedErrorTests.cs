using Campo.Data;
using Campo.Errors;
using Campo.Scenarios;
using Campo.Scenarios.Toml;

// Not Campo.Tests.Errors: that name would hide Campo.Errors from tests that write Errors.CampoException.
namespace Campo.Tests.LocalizedErrors;

/// <summary>
/// The errors users meet most speak the UI culture's language and keep their shape: file:line:column: field:
/// problem; expected, the value quoted as written, numbers invariant.
/// </summary>
public class LocalizedErrorTests
{
    private const string Minimal = """
        schema = 1
        title = "A test draft"
        kind = "multilateral"

        [base]
        members_at = 2003-09-14

        """;

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_in_Portuguese_with_its_line_and_column()
    {
        using var _ = TestCulture.Use("pt-BR");
        var text = Minimal + "[market_access.developed]\nformula = \"linear\"\ncut = \"trinta\"\n";
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(text, "minuta.toml"));

        // cut is on line 9 of the text above; its value starts after "cut = ", at column 7.
        Assert.Equal(
            "minuta.toml:9:7: market_access.developed.cut: encontrou-se um texto (\"trinta\"); esperava-se um número, ou { value = 25, source = \"...\", status = \"verified\" }",
            error.Message);
    }

    [Fact]
    public void The_same_error_stays_in_English_by_default()
    {
        var text = Minimal + "[market_access.developed]\nformula = \"linear\"\ncut = \"trinta\"\n";
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(text, "minuta.toml"));
        Assert.Equal(
            "minuta.toml:9:7: market_access.developed.cut: found a string (\"trinta\"); expected a number, or { value = 25, source = \"...\", status = \"verified\" }",
            error.Message);
    }

    [Fact]
    public void An_unknown_choice_is_reported_in_Spanish_with_the_closest_name()
    {
        using var _ = TestCulture.Use("es");
        var text = Minimal + "[market_access.developed]\nformula = \"swis\"\n";
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(text, "borrador.toml"));
        Assert.StartsWith("borrador.toml:8:11: market_access.developed.formula: valor desconocido \"swis\"; ¿quiso decir \"swiss\"?; se esperaba uno de \"none\", ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_is_refused_in_French_naming_the_table()
    {
        using var _ = TestCulture.Use("fr-FR");
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal + "[domestic_suport]\n", "projet.toml"));
        Assert.StartsWith("projet.toml:7:1: domestic_suport: clé inconnue \"domestic_suport\" en tête du fichier; vouliez-vous dire \"domestic_support\" ?; clés admises : ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_inside_a_French_message_stay_invariant()
    {
        using var _ = TestCulture.Use("fr");
        var root = TomlDocument.Parse("cut = 120.5\n", "projet.toml");
        var error = Assert.Throws<CampoException>(() => root.Percent("cut", 100));

        // 120.5 with a point as written in the file, never 120,5.
        Assert.Equal("projet.toml:1:7: cut: le taux de 120.5 % dépasse le maximum; attendu : au plus 100 %", error.Message);
    }

    [Fact]
    public void A_syntax_error_keeps_its_line_and_column_in_Spanish()
    {
        using var _ = TestCulture.Use("es");
        var error = Assert.Throws<CampoException>(() => TomlDocument.Parse("a = 1\nb = \n", "roto.toml"));
        Assert.StartsWith("roto.toml:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains(": el archivo no es TOML válido: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; revise las comillas, los corchetes y el '=' de esa línea (docs/scenarios.md muestra el formato)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_assignment_without_a_value_is_reported_in_Portuguese()
    {
        using var _ = TestCulture.Use("pt");
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal, "m.toml", ["market_access.developed.cut"]));
        Assert.Equal("--set: \"market_access.developed.cut\" não tem a forma caminho=valor; escreva por exemplo --set market_access.developed.swiss_coefficient=16", error.Message);
    }

    [Fact]
    public void A_regional_agreement_with_one_party_is_refused_in_French()
    {
        using var _ = TestCulture.Use("fr");
        var text = """
            schema = 1
            title = "Un accord"
            kind = "regional"

            [base]
            members_at = 1994-01-01

            [regional]
            parties = ["MEX"]
            """;
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(text, "accord.toml"));
        Assert.Equal("accord.toml:9:11: regional.parties: un accord demande au moins deux parties; deux codes ou plus, par exemple [\"MEX\", \"USA\", \"CAN\"]", error.Message);
    }

    [Fact]
    public void An_unknown_member_is_reported_in_Spanish_with_the_closest_code()
    {
        using var _ = TestCulture.Use("es");
        var dataset = DatasetLoader.LoadDefault();
        var error = Assert.Throws<CampoException>(() => dataset.ResolveMember("MEXX"));
        Assert.Equal("miembro o región desconocido 'MEXX'; ¿quiso decir MEX?", error.Message);
    }

    [Fact]
    public void An_unknown_commodity_is_reported_in_Portuguese()
    {
        using var _ = TestCulture.Use("pt-BR");
        var dataset = DatasetLoader.LoadDefault();
        var error = Assert.Throws<CampoException>(() => dataset.ResolveCommodity("xyzzyq"));
        Assert.Equal("produto desconhecido 'xyzzyq'; um nome ou um código de produto; veja campo data commodities", error.Message);
    }

    [Fact]
    public void An_unknown_coalition_is_reported_in_French()
    {
        using var _ = TestCulture.Use("fr");
        var dataset = DatasetLoader.LoadDefault();
        var error = Assert.Throws<CampoException>(() => dataset.GetCoalition("G2O"));
        Assert.StartsWith("coalition inconnue 'G2O'; vouliez-vous dire ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_in_a_data_file_is_reported_in_French()
    {
        using var _ = TestCulture.Use("fr-FR");
        var error = Assert.Throws<CampoException>(() => Campo.Data.Csv.CsvReader.ReadAll(new StringReader("a\n\"open\nmore"), "t.csv"));

        // The quote opens on line 2; the problem and the fix are the French texts of Messages.fr.resx.
        Assert.Equal("t.csv:2: un champ entre guillemets n'est pas fermé; fermez-le par un guillemet double", error.Message);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_reported_in_Portuguese_with_both_counts()
    {
        using var _ = TestCulture.Use("pt-BR");
        var error = Assert.Throws<CampoException>(() => Campo.Data.Csv.CsvTable.Read(new StringReader("a,b,c\n1,2\n"), "t.csv", "a"));
        Assert.Equal("t.csv:2: a linha tem 2 campos; 3 campos, um para cada coluna do cabeçalho", error.Message);
    }

    [Fact]
    public void A_negative_quantity_in_the_dataset_is_reported_in_Spanish_naming_the_row_and_column()
    {
        using var _ = TestCulture.Use("es");
        using var tiny = new Campo.Tests.Data.TinyDataset();
        tiny.Write(DatasetFiles.Base, "region,commodity,production,food,feed,other_uses,seed,waste,processing,total_demand,stock_change,imports,exports,area_kha,tariff_equivalent,export_wedge,pse,cse,marketing_margin,supply_elasticity,food_elasticity,other_elasticity,feed_elasticity,demand_elasticity", "MEX,maiz,140,60,40,,,10,,110,,-20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));

        // imports is the 12th column of line 2; the row is named by its key columns as the file spells them.
        Assert.Equal(tiny.PathOf(DatasetFiles.Base) + ":2:12: imports: region MEX, commodity maiz: imports vale -20 miles de toneladas, una cantidad negativa; una cantidad de al menos 0", error.Message);
    }
}
