#!/usr/bin/env bash
rm /workspace/tiger.txt /workspace/cloud.txt /workspace/mango.txt
