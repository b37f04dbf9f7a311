#!/usr/bin/env bash
sed -n '6,9p' /workspace/cedar.txt > /workspace/cloud.txt
