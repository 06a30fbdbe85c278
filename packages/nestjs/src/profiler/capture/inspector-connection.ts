import { Session } from 'node:inspector/promises';

/**
 * An in-process inspector session. Disconnecting ends whatever the session started
 * (a CPU profile, heap sampling), so cancelling is just that.
 */
export class InspectorConnection {
  readonly session = new Session();
  private isConnected = false;

  static async open(setup: (session: Session) => Promise<void>): Promise<InspectorConnection> {
    const connection = new InspectorConnection();
    connection.session.connect();
    connection.isConnected = true;
    try {
      await setup(connection.session);
    } catch (error) {
      connection.close();
      throw error;
    }
    return connection;
  }

  close(): void {
    if (!this.isConnected) return;
    this.isConnected = false;
    this.session.disconnect();
  }
}
