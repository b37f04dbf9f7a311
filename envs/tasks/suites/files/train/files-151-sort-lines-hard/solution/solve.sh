#!/usr/bin/env bash
sort -n -o /workspace/willow.txt /workspace/willow.txt
