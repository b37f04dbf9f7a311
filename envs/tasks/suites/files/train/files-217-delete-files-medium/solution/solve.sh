#!/usr/bin/env bash
rm /workspace/harbor.txt /workspace/mango.txt
