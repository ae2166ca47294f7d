namespace EditorialLint.Engine;

/// <summary>The events of one session; handlers on the factory's <see cref="IEventProvider"/> see them too.</summary>
public interface ISessionEvents : IEventProvider
{
}
