#!/usr/bin/env bash
cp /workspace/coral.txt /workspace/logs/mango.txt
