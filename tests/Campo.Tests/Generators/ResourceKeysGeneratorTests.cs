using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Campo.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Campo.Tests.Generators;

/// <summary>The generator of the resource key classes, driven as the compiler drives it.</summary>
public sealed class ResourceKeysGeneratorTests
{
    private const string TwoKeys = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="Run_Title" xml:space="preserve"><value>What the draft does &amp; to whom</value></data>
          <data name="Run_Farmers" xml:space="preserve"><value>farmers {0}</value></data>
          <data name="Logo" type="System.Resources.ResXFileRef, System.Windows.Forms"><value>logo.png</value></data>
        </root>
        """;

    [Fact]
    public void Every_text_entry_becomes_a_constant_equal_to_its_key_and_file_references_do_not()
    {
        var (compilation, diagnostics) = Run(TwoKeys, "Demo.Texts", visibility: null);

        Assert.Empty(diagnostics);
        var type = compilation.GetTypeByMetadataName("Demo.Texts");
        Assert.NotNull(type);
        var constants = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToDictionary(f => f.Name, f => (string?)f.ConstantValue);
        Assert.Equal(new Dictionary<string, string?> { ["Run_Title"] = "Run_Title", ["Run_Farmers"] = "Run_Farmers" }, constants);
        Assert.Equal(Accessibility.Public, type.DeclaredAccessibility);
        Assert.Contains("What the draft does &amp; to whom", type.GetMembers("Run_Title").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stated_visibility_is_the_class_visibility()
    {
        var (compilation, diagnostics) = Run(TwoKeys, "Demo.Texts", visibility: "internal");

        Assert.Empty(diagnostics);
        Assert.Equal(Accessibility.Internal, compilation.GetTypeByMetadataName("Demo.Texts")!.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("Run Title", "CAMPOGEN002")]
    [InlineData("class", "CAMPOGEN002")]
    [InlineData("Run_Title", "CAMPOGEN003")]
    public void A_key_that_cannot_be_a_constant_stops_the_build_naming_it(string key, string code)
    {
        var resx = TwoKeys.Replace("<data name=\"Run_Farmers\"", "<data name=\"" + key + "\"", StringComparison.Ordinal);

        var (_, diagnostics) = Run(resx, "Demo.Texts", visibility: null);

        var error = Assert.Single(diagnostics);
        Assert.Equal(code, error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(key, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_resx_that_is_not_xml_stops_the_build()
    {
        var (_, diagnostics) = Run("<root><data name=\"A\">", "Demo.Texts", visibility: null);

        Assert.Equal("CAMPOGEN001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_resx_not_opted_in_generates_nothing()
    {
        var (compilation, diagnostics) = Run(TwoKeys, className: null, visibility: null);

        Assert.Empty(diagnostics);
        Assert.Null(compilation.GetTypeByMetadataName("Demo.Texts"));
    }

    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Run(string resx, string? className, string? visibility)
    {
        var compilation = CSharpCompilation.Create(
            "Demo",
            [],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var metadata = new Dictionary<string, string>();
        if (className is not null)
        {
            metadata["build_metadata.AdditionalFiles.KeysClass"] = className;
        }

        if (visibility is not null)
        {
            metadata["build_metadata.AdditionalFiles.KeysVisibility"] = visibility;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ResourceKeysGenerator().AsSourceGenerator()],
            additionalTexts: [new InMemoryText("/repo/Texts.resx", resx)],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
            optionsProvider: new Options(metadata));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> metadata) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values([]);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(metadata);
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
