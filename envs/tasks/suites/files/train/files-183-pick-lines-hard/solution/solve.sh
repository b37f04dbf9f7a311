#!/usr/bin/env bash
sed -n '19,26p' /workspace/stone.txt > /workspace/kettle.txt
