import type { Metadata } from 'next';
import { AlertsNav } from '../../../components/alerts/alerts-nav';
import { ChannelList } from '../../../components/alerts/channel-list';

export const metadata: Metadata = { title: 'Channels' };

export default function ChannelsPage() {
  return (
    <>
      <h1>Notification channels</h1>
      <AlertsNav />
      <ChannelList />
    </>
  );
}
