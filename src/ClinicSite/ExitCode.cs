namespace ClinicSite.Cli;

/// <summary>Process exit codes, in one place.</summary>
internal enum ExitCode
{
    Success = 0,
    ContentErrors = 1,
    UsageOrEnvironment = 2,
}
