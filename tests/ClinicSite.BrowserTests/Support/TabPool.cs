using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// Browser tabs on one server, kept open and lent out one visit at a time; every visit starts as a first visit
/// (see <see cref="PageSession.ForgetAsync"/>).
/// </summary>
/// <remarks>
/// A tab that goes from page to page keeps its renderer process, its warmed-up JavaScript engine and its compiled copy
/// of axe-core, which makes a visit about three times cheaper than one in a new context on a two-core machine.
/// </remarks>
public sealed class TabPool(IBrowser browser, Uri server) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<TabKind, ConcurrentBag<PageSession>> _idle = new();
    private readonly ConcurrentQueue<PageSession> _opened = new();

    /// <summary>How many tabs the pool has opened: at most as many as were ever in use at once.</summary>
    public int Opened => _opened.Count;

    /// <summary>
    /// Lends a tab of <paramref name="kind"/> that has just loaded <paramref name="path"/> as a first-time visitor would;
    /// disposing the session gives the tab back.
    /// </summary>
    public async Task<PageSession> OpenAsync(string path, TabKind kind = TabKind.Desktop)
    {
        var idle = _idle.GetOrAdd(kind, _ => []);
        if (!idle.TryTake(out var session))
        {
            session = await PageSession.StartAsync(browser, server, Contexts.For(kind), idle.Add);
            _opened.Enqueue(session);
        }

        try
        {
            await session.ForgetAsync();
            await session.GotoAsync(new Uri(server, path));
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _opened)
        {
            await session.CloseAsync();
        }
    }
}
