using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using ClinicSite.Cli.Serve;
using ClinicSite.Engine.Output;
using Microsoft.AspNetCore.Connections;

namespace ClinicSite.Cli.Commands;

/// <summary><c>serve</c>: build, serve on 127.0.0.1, rebuild on every save and reload the open pages.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1:5080/ and rebuild on every save; open pages reload by themselves.");
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = CommonOptions.Output();
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on. The default, 127.0.0.1, is this computer only; 0.0.0.0 lets other machines on your network see the site.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser once it is served." };
        foreach (var option in new Option[] { input, theme, output, port, host, open })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            new ServeOptions
            {
                Input = parse.GetValue(input)!,
                Theme = parse.GetValue(theme)!,
                Output = parse.GetValue(output)!,
                Port = parse.GetValue(port),
                Host = parse.GetValue(host)!,
            },
            parse.GetValue(open),
            stdout,
            stderr));
        return command;
    }

    /// <summary>Serves until Ctrl+C (or SIGTERM); returns the process exit code.</summary>
    internal static int Run(ServeOptions options, bool open, TextWriter stdout, TextWriter stderr) =>
        RunAsync(options, open, stdout, stderr).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(ServeOptions options, bool open, TextWriter stdout, TextWriter stderr)
    {
        if (options.Port is < 0 or > 65535)
        {
            stderr.WriteLine($"error: --port must be between 1 and 65535 (or 0 for any free port), not {options.Port}.");
            return (int)ExitCode.UsageOrEnvironment;
        }

        if (HostWarning(options.Host) is { } warning)
        {
            stderr.WriteLine(warning);
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, stdout, stderr).ConfigureAwait(false);
        }
        catch (OutputRefusedException ex)
        {
            stderr.WriteLine(CheckOutputFolder.Refusal(options.Output, ex.Message).ToString());
            return (int)ExitCode.UsageOrEnvironment;
        }
        catch (Exception ex) when (InUse(ex))
        {
            stderr.WriteLine($"error: port {options.Port} on {options.Host} is already in use, perhaps by another 'serve'. Stop that program, or choose another port with --port (for example --port {(options.Port == 65535 ? 5081 : options.Port + 1)}).");
            return (int)ExitCode.UsageOrEnvironment;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ArgumentException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot serve on {options.Host}:{options.Port}: {ex.Message}");
            return (int)ExitCode.UsageOrEnvironment;
        }

        await using (server.ConfigureAwait(false))
        {
            var local = OnThisComputer(server.BaseAddress);
            var also = local == server.BaseAddress ? string.Empty : $" (on this computer: {local})";
            stdout.WriteLine($"Serving {server.BaseAddress}{also} - press Ctrl+C to stop. Rebuilding on changes to {options.Input.TrimEnd('/')}/ and {options.Theme.TrimEnd('/')}/.");
            if (open)
            {
                OpenBrowser(local, stderr);
            }

            await Task.WhenAny(stop.Task, server.Stopping).ConfigureAwait(false);
            stdout.WriteLine("Stopping...");
        }

        stdout.WriteLine("Stopped.");
        return (int)ExitCode.Success;

        void Stop(PosixSignalContext context)
        {
            // Handled here: finish the requests in flight and close the event streams, rather than die mid-write.
            context.Cancel = true;
            stop.TrySetResult();
        }
    }

    /// <summary>A warning when the address reaches beyond this computer, else null.</summary>
    internal static string? HostWarning(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
            ? null
            : $"warning: serving on {host} lets other machines on your network open this preview. 'serve' is for checking your work, not a hardened web server; leave out --host to keep it on this computer.";

    /// <summary>A browser cannot open 0.0.0.0 or [::]; the same server answers on loopback.</summary>
    internal static Uri OnThisComputer(Uri address) => address.Host switch
    {
        "0.0.0.0" => new UriBuilder(address) { Host = "127.0.0.1" }.Uri,
        "[::]" => new UriBuilder(address) { Host = "[::1]" }.Uri,
        _ => address,
    };

    private static bool InUse(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException || e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }

    private static void OpenBrowser(Uri address, TextWriter stderr)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(address.ToString()) { UseShellExecute = true });
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            stderr.WriteLine($"warning: could not open a browser ({ex.Message}). Open {address} yourself.");
        }
    }
}
