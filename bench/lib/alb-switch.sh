# Sourced by bench/run: section "alb", sorry:on / sorry:off against moto_server's ELBv2 on a listener
# with 20 application rules (issue 12, item 9: "within Maven's floor + 1 s").
# Uses bench/run's put, log, now_ms, median, free_port, make_project, MVN, AWS, PLUGIN_VERSION, RUNS.

# alb_aws <args...>: Debian's aws CLI against the moto server of this section, text output.
alb_aws() { timeout 60 "$AWS" --endpoint-url "$ALB_ENDPOINT" --region us-east-1 --output text "$@"; }

# alb_listener <dir>: a VPC, two subnets, load balancer "shop", target group "app", an HTTP:80
# listener forwarding to it, and 20 path rules at priorities 100-119; prints the listener's ARN.
alb_listener() {
  local vpc s1 s2 lb tg listener i
  vpc="$(alb_aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId)" || return 1
  s1="$(alb_aws ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.0.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId)" || return 1
  s2="$(alb_aws ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.0.2.0/24 --availability-zone us-east-1b --query Subnet.SubnetId)" || return 1
  lb="$(alb_aws elbv2 create-load-balancer --name shop --subnets "$s1" "$s2" --query 'LoadBalancers[0].LoadBalancerArn')" || return 1
  tg="$(alb_aws elbv2 create-target-group --name app --protocol HTTP --port 80 --vpc-id "$vpc" --query 'TargetGroups[0].TargetGroupArn')" || return 1
  listener="$(alb_aws elbv2 create-listener --load-balancer-arn "$lb" --protocol HTTP --port 80 \
    --default-actions "Type=forward,TargetGroupArn=$tg" --query 'Listeners[0].ListenerArn')" || return 1
  for ((i = 0; i < 20; i++)); do
    alb_aws elbv2 create-rule --listener-arn "$listener" --priority $((100 + i)) \
      --conditions "Field=path-pattern,Values=/app$i/*" --actions "Type=forward,TargetGroupArn=$tg" > /dev/null || return 1
  done
  echo "$listener"
}

section_alb() {
  log "4. ALB switch (sorry:on / sorry:off against moto)"
  local dir="$WORK/alb"; mkdir -p "$dir"
  if ! has_goal on; then put alb.error "the plugin has no on goal"; return; fi
  if ! command -v moto_server > /dev/null; then put alb.error "moto_server is not on PATH (pip install 'moto[server]')"; return; fi
  if [ ! -x "$AWS" ]; then put alb.error "$AWS is missing (apt-get install -y awscli)"; return; fi
  local port; port="$(free_port)"
  ALB_ENDPOINT="http://127.0.0.1:$port"
  moto_server -H 127.0.0.1 -p "$port" > "$dir/moto.log" 2>&1 &
  PIDS+=($!)
  local waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    sleep 0.5; waited=$((waited + 1))
    [ $waited -gt 60 ] && { put alb.error "moto_server did not start in 30 s: $(tail -3 "$dir/moto.log")"; return; }
  done
  (
    export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
    export AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE="$dir/aws-config" AWS_SHARED_CREDENTIALS_FILE="$dir/aws-credentials"
    unset AWS_PROFILE AWS_SESSION_TOKEN
    : > "$AWS_CONFIG_FILE"; : > "$AWS_SHARED_CREDENTIALS_FILE"
    local listener
    listener="$(alb_listener "$dir")" || { put alb.error "setting up the listener in moto failed"; exit 0; }
    put alb.listener.rules 20
    # The default site (2 pages: 3 sorry rules), built once.
    local site="$dir/site"; mkdir -p "$site"
    cp -r "$ROOT/site-src" "$ROOT/templates" "$site/"
    make_project "$site"
    (cd "$site" && "${MVN[@]}" sorry:build > "$dir/build.log" 2>&1) \
      || { put alb.error "sorry:build failed: $(grep -m1 ERROR "$dir/build.log" | cut -c1-200)"; exit 0; }
    local props=(-o -q -Dsorry.aws.endpoint="$ALB_ENDPOINT" -Dsorry.aws.region=us-east-1 -Dsorry.alb.listenerArn="$listener")
    run_goal() { # name goal [extra...]: appends the wall ms to $dir/<name>.ms
      local name="$1" goal="$2"; shift 2; local t; t=$(now_ms)
      (cd "$site" && "${MVN[@]}" "${props[@]}" "io.github.sorrysite:sorry-maven-plugin:$PLUGIN_VERSION:$goal" "$@" >> "$dir/$name.log" 2>&1) \
        || { put alb.error "sorry:$goal failed: $(grep -m1 ERROR "$dir/$name.log" | cut -c1-300)"; return 1; }
      echo $(( $(now_ms) - t )) >> "$dir/$name.ms"
    }
    # One untimed warm-up of each (the file cache), then RUNS rounds, each: floor, on, on again (no-op), off.
    run_goal warmup on && run_goal warmup off || exit 0
    rm -f "$dir"/*.ms
    local i
    for ((i = 1; i <= RUNS; i++)); do
      run_goal floor on -Dsorry.skip=true && run_goal on on && run_goal noop on && run_goal off off || exit 0
    done
    for name in floor on noop off; do
      put "alb.$name.runs" "$(tr '\n' ' ' < "$dir/$name.ms")"
      put "alb.$name.median" "$(median < "$dir/$name.ms")"
    done
    # Paired per round: goal - floor of the same round.
    for name in on noop off; do
      put "alb.$name.over" "$(paste "$dir/$name.ms" "$dir/floor.ms" | awk '{print $1 - $2}' | median)"
    done
    put alb.on.plan "$(cd "$site" && "${MVN[@]}" -o -Dsorry.aws.endpoint="$ALB_ENDPOINT" -Dsorry.aws.region=us-east-1 \
      -Dsorry.alb.listenerArn="$listener" -Dsorry.dryRun=true "io.github.sorrysite:sorry-maven-plugin:$PLUGIN_VERSION:on" 2>&1 \
      | grep -m1 'Plan for sorry:on' | sed 's/^\[INFO\] *//; s/ on arn:[^ ]*:/:/')"
  )
}
