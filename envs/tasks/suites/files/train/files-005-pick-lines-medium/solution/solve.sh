#!/usr/bin/env bash
tail -n 3 /workspace/willow.txt > /workspace/cedar.txt
