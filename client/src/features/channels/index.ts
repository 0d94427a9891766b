// Message channels: the panel the exercise layout renders.
export { ChannelsPanel } from './ChannelsPanel';
