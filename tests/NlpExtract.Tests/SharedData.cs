namespace NlpExtract.Tests;

/// <summary>
/// Locates ../shared/data beside the repository (or the folder named by NLPEXTRACT_DATA). Corpus tests call
/// <see cref="RequireFile"/>, which skips the test with a clear message on a clone that has no shared corpora.
/// </summary>
internal static class SharedData
{
    public static string? Directory { get; } = Locate();

    public static string RequireFile(string relativePath)
    {
        if (Directory is null)
        {
            Assert.Ignore("Corpus test skipped: ../shared/data is not beside this clone (set NLPEXTRACT_DATA to its folder to run it).");
        }

        string path = Path.Combine(Directory!, relativePath);
        if (!File.Exists(path))
        {
            Assert.Ignore($"Corpus test skipped: {path} is missing.");
        }

        return path;
    }

    private static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("NLPEXTRACT_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NlpExtract.sln")))
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", "data");
                return System.IO.Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
