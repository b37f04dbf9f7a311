#!/usr/bin/env bash
mv /workspace/frost.txt /workspace/lantern.txt
