#!/usr/bin/env bash
sed -n '31,36p' /workspace/willow.txt > /workspace/lotus.txt
