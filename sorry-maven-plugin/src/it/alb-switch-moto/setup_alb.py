"""Makes the ALB a user would have on moto: VPC, two subnets, target groups, a listener on port 80
forwarding to the app, and two app rules at priorities 1 and 2."""
import sys

import boto3

endpoint = sys.argv[1]
kw = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")
ec2 = boto3.client("ec2", **kw)
elb = boto3.client("elbv2", **kw)
vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
a = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.1.0/24", AvailabilityZone="us-east-1a")["Subnet"]["SubnetId"]
b = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.2.0/24", AvailabilityZone="us-east-1b")["Subnet"]["SubnetId"]
lb = elb.create_load_balancer(Name="it-alb", Subnets=[a, b])["LoadBalancers"][0]["LoadBalancerArn"]
app = elb.create_target_group(Name="it-app", Protocol="HTTP", Port=8080, VpcId=vpc)["TargetGroups"][0]["TargetGroupArn"]
api = elb.create_target_group(Name="it-api", Protocol="HTTP", Port=8081, VpcId=vpc)["TargetGroups"][0]["TargetGroupArn"]
listener = elb.create_listener(LoadBalancerArn=lb, Protocol="HTTP", Port=80,
                               DefaultActions=[{"Type": "forward", "TargetGroupArn": app}])["Listeners"][0]["ListenerArn"]
elb.create_rule(ListenerArn=listener, Priority=1, Conditions=[{"Field": "path-pattern", "PathPatternConfig": {"Values": ["/api/*"]}}],
                Actions=[{"Type": "forward", "TargetGroupArn": api}])
elb.create_rule(ListenerArn=listener, Priority=2, Conditions=[{"Field": "host-header", "HostHeaderConfig": {"Values": ["admin.example.com"]}}],
                Actions=[{"Type": "forward", "TargetGroupArn": app}])
print(listener)
