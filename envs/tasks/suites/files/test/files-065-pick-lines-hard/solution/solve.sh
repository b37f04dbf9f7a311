#!/usr/bin/env bash
sed -n '4,12p' /workspace/maple.txt > /workspace/cloud.txt
