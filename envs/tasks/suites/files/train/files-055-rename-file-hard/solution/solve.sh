#!/usr/bin/env bash
mv /workspace/inbox/lotus/pearl.bak /workspace/inbox/lotus/sunny.csv
