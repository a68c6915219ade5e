using System.Globalization;
using System.Runtime.CompilerServices;

// Not Campo.Tests.Errors: that name would hide Campo.Errors from tests that write Errors.CampoException.
namespace Campo.Tests.LocalizedErrors;

/// <summary>
/// The library's error messages follow the thread's UI culture. Tests expect English unless they ask for another
/// language, so the test process never takes the machine's culture: every thread starts in the invariant culture
/// (English resources), and a test that wants a language sets it with <see cref="Use"/> for its own thread only.
/// </summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void EnglishByDefault()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>Sets the UI culture of the current thread until the result is disposed.</summary>
    /// <param name="name">A culture name such as pt-BR.</param>
    public static IDisposable Use(string name) => new Scope(CultureInfo.GetCultureInfo(name));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
