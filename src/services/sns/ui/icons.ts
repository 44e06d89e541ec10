/** AWS Architecture Icons, from `aws-react-icons` (MIT), imported one file each. */
export { default as SnsIcon } from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleNotificationService';
export { default as ClientIcon } from 'aws-react-icons/lib/icons/ResourceClient';
