import type { Metadata } from 'next';
import { SettingsList } from '../../components/settings/settings-list';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">Stored by the API and shared by everyone who opens this page.</p>
      <SettingsList />
    </>
  );
}
