/**
 * AWS Architecture Icons, from `aws-react-icons` (MIT; the icons are AWS's official set).
 * Imported one file each, so the bundle carries only these few.
 */
export { default as SqsIcon } from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleQueueService';
export { default as LambdaIcon } from 'aws-react-icons/lib/icons/ArchitectureServiceAWSLambda';
export { default as AutoScalingIcon } from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonEC2AutoScaling';
export { default as Ec2Icon } from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonEC2';
export { default as ClientIcon } from 'aws-react-icons/lib/icons/ResourceClient';
