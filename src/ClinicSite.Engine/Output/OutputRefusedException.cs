namespace ClinicSite.Engine.Output;

/// <summary>The output folder is not ClinicSite's to replace (see <see cref="CheckOutputFolder"/>); nothing was written.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);
